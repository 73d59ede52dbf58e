using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Reporting.Pdc.Workbook;
using Platform.Reporting.Pharmacy;
using Platform.ServiceDefaults;

namespace Platform.Reporting.Pdc;

/// <summary>One class's adherence in a network: members measured, adherent, and their rate.</summary>
public sealed record ClassAdherence(string DrugClass, string Name, int Measured, int Adherent, decimal? Rate);

/// <summary>A row of the Health Network view: the network, its members in the report, and each class's adherence.</summary>
public sealed record NetworkAdherence(string Network, int Members, IReadOnlyList<ClassAdherence> Classes);

/// <summary>RPT-02's Health Network view: the grid of the caller's networks, and "Get Latest" — one network's workbook.</summary>
public static partial class HealthNetworksApi
{
    public static RouteGroupBuilder MapHealthNetworksApi(this RouteGroupBuilder pdc)
    {
        pdc.MapGet("/health-networks", async Task<Ok<NetworkAdherence[]>> ([AsParameters] PdcServices services, CancellationToken cancellationToken) =>
            {
                var networks = await PdcScope.NetworksAsync(services.Scope, services.Db, cancellationToken);
                var tallies = networks.ToDictionary(n => n, _ => new NetworkTally());
                var priorities = await services.PrioritiesAsync(cancellationToken);
                await foreach (var row in services.Rows.ReadAsync(new PdcScope(services.Scope), priorities, services.AsOf, cancellationToken))
                {
                    if (row.Attributed?.Program is { } program && tallies.TryGetValue(program, out var tally))
                    {
                        tally.Add(row);
                    }
                }

                // Counts only, no member: nothing to audit.
                return TypedResults.Ok(networks.Select(n => tallies[n].Adherence(n)).ToArray());
            })
            .WithName("ListPdcHealthNetworks")
            .WithSummary("The PDC report's Health Network view (RPT-02): the networks the caller may see — every one, COD and CCN included, for the plan's staff; a partner's own; an office's providers' networks (and COD with CCN) — with members in the report and each class's measured, adherent and rate to date.");

        pdc.MapGet("/health-networks/{network}/workbook", async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> (
                string network, [AsParameters] PdcServices services, CancellationToken cancellationToken) =>
            {
                if (!NetworkCode().IsMatch(network))
                {
                    return Problems.Invalid(nameof(network), "network is a program code: COD, CCN or a health network's code (capital letters and underscores).");
                }

                if (!(await PdcScope.NetworksAsync(services.Scope, services.Db, cancellationToken)).Contains(network))
                {
                    return Problems.NotFound($"Health network {network}");
                }

                var asOf = services.AsOf;
                return await PdcDownload.SendAsync(services, new PdcScope(services.Scope, network: network), $"network/{network}",
                    PdcDownload.FileName(network, asOf), $"Proportion of Days Covered (PDC) — {network} — measurement year {asOf.Year}, as of {asOf:yyyy-MM-dd}", cancellationToken);
            })
            .Produces(StatusCodes.Status200OK, contentType: PdcWorkbook.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPdcNetworkWorkbook")
            .WithSummary("Get Latest (RPT-02/03): the network's PDC workbook — Summary, Report and Data Dictionary tabs — for the members of the network the caller may see; every member in it is audited before it is sent (ACC-05).");
        return pdc;
    }

    [GeneratedRegex("^[A-Z][A-Z_]{1,19}$")]
    private static partial Regex NetworkCode();

    private sealed class NetworkTally
    {
        private readonly HashSet<string> members = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Measured, int Adherent)> classes = DrugClasses.Measured.ToDictionary(c => c, _ => (0, 0));

        public void Add(PdcRow row)
        {
            members.Add(row.Member.Cin);
            if (row.Result.Adherent is { } adherent)
            {
                var (measured, adherentCount) = classes[row.Result.DrugClass];
                classes[row.Result.DrugClass] = (measured + 1, adherentCount + (adherent ? 1 : 0));
            }
        }

        public NetworkAdherence Adherence(string network) => new(network, members.Count, [.. classes.Select(c => new ClassAdherence(
            c.Key, DrugClasses.NameOf(c.Key), c.Value.Measured, c.Value.Adherent, c.Value.Measured == 0 ? null : Math.Round((decimal)c.Value.Adherent / c.Value.Measured, 4)))]);
    }
}
