using System.Net;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// Walks every operation of every service's OpenAPI document, as served through the gateway, with hostile variants
/// of each path and query parameter and of each body (HostileVariants), as the plan's staff and as the enterprise
/// administrator (between them every module and role-gated write). Each answer: no 5xx, an error is a problem
/// document, and a refused write leaves nothing behind (no new outbox row: every write of the platform stages its
/// audit entry or event there). An endpoint a later issue adds is covered by being in its service's document.
/// </summary>
[Collection(SecuredPlatform.Name)]
public sealed class HostileInputTests(SecuredPlatformFixture platform)
{
    public static TheoryData<string> Services => ["identity", "eligibility", "referral", "claims", "dispute", "roster", "reporting", "interop"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_operation_answers_hostile_input_with_a_problem_never_a_5xx_and_keeps_nothing_it_refused(string service)
    {
        using var anonymous = platform.Gateway();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/{service}/openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;
        var operations = HostileVariants.Operations(document).ToList();
        await using var outbox = new NpgsqlConnection(await platform.App.GetConnectionStringAsync($"{service}db"));
        await outbox.OpenAsync(TestContext.Current.CancellationToken);
        var faults = new List<string>();
        var sent = 0;
        var kestrel = 0;

        foreach (var persona in new[] { Persona.PlanStaff, Persona.Ea })
        {
            using var caller = platform.As(persona);
            foreach (var operation in operations)
            {
                foreach (var variant in HostileVariants.Of(operation))
                {
                    var before = await LastOutboxRowAsync(outbox);
                    using var request = variant.ToRequest(global::Platform.Gateway.ServiceProxy.GatewayPrefix(service));
                    using var response = await caller.SendAsync(request, TestContext.Current.CancellationToken);
                    sent++;
                    var status = (int)response.StatusCode;
                    var what = $"{persona} {operation.Method} {operation.Path} [{variant.Name}] → {status}";
                    if (RejectedByKestrel(response))
                    {
                        kestrel++;
                    }
                    else if (status >= 500)
                    {
                        faults.Add($"{what}: a server error");
                    }
                    else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != ErrorMediaType(operation.Path))
                    {
                        faults.Add($"{what}: not a problem document ({response.Content.Headers.ContentType})");
                    }
                    else if (status >= 400 && operation.Method != "GET" && await LastOutboxRowAsync(outbox) != before)
                    {
                        faults.Add($"{what}: refused, yet something was written");
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{service}: {operations.Count} operations, {sent} hostile requests ({kestrel} refused by Kestrel), {faults.Count} faults");
        Assert.NotEmpty(operations);
        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestUriTooLong, 9 * 1024, 0)]
    [InlineData(HttpStatusCode.RequestHeaderFieldsTooLarge, 0, 40 * 1024)]
    public async Task An_address_or_headers_over_the_limit_are_a_problem_document_through_the_gateway(HttpStatusCode expected, int pathLength, int headerLength)
    {
        using var caller = platform.As(Persona.PlanStaff);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/v1/claims/C{new string('1', pathLength)}");
        if (headerLength > 0)
        {
            request.Headers.Add("X-Padding", new string('a', headerLength));
        }

        using var response = await caller.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Errors are problem documents, but the FHIR API's are OperationOutcomes (FHIR R4 §3.1.0.4).</summary>
    private static string ErrorMediaType(string path) => path.StartsWith("/fhir/", StringComparison.Ordinal) ? "application/fhir+json" : "application/problem+json";

    /// <summary>
    /// A request Kestrel cannot parse (a NUL decoded into the path, say) is answered by Kestrel itself, before any
    /// middleware, with an empty 400 and a closed connection; ASP.NET Core has no hook to give it a body
    /// (aspnet/KestrelHttpServer#2947). Nothing of ours ran, so nothing can have been written; these are counted apart.
    /// </summary>
    private static bool RejectedByKestrel(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.BadRequest && response.Headers.ConnectionClose == true && response.Content.Headers.ContentLength == 0;

    private static async Task<long> LastOutboxRowAsync(NpgsqlConnection db)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(sequence), 0) FROM outbox_messages", db);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
