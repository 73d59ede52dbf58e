using Microsoft.EntityFrameworkCore;
using Platform.Claims.Claims;
using Platform.Claims.Codes;
using Platform.Claims.Data;
using Platform.Claims.Fwa;
using Platform.Claims.Members;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;

namespace Platform.Claims.Intake;

/// <summary>Turns a validated intake request into a claim with its lines and its CLM-06 review flags.</summary>
public sealed class ClaimIntake(ClaimsDbContext db, UnbundlingPairs pairs, TimeProvider time)
{
    public async Task<Claim> BuildAsync(RecordClaimRequest request, string digest, ClaimsMember member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Tin.TryParse(request.BillingTin, out var tin);
        var lines = request.Lines.Select((line, index) => new ClaimLine
        {
            LineNumber = index + 1,
            ServiceFrom = line.ServiceFrom!.Value,
            ServiceTo = line.ServiceTo!.Value,
            ProcedureCode = line.ProcedureCode!,
            Modifiers = [.. line.Modifiers ?? []],
            Units = line.Units!.Value,
            PlaceOfService = line.PlaceOfService,
            BilledAmount = line.BilledAmount!.Value,
        }).ToList();
        var claim = new Claim
        {
            ClaimNumber = request.ClaimNumber,
            Cin = member.Cin,
            BillingNpi = request.BillingNpi,
            BillingTin = tin.Value,
            RenderingNpi = request.RenderingNpi,
            LineOfBusiness = request.LineOfBusiness,
            HealthNetwork = request.HealthNetwork,
            ReceivedOn = request.ReceivedOn ?? time.PlanToday(),
            ReceivedAt = now,
            ServiceFrom = lines.Min(l => l.ServiceFrom),
            ServiceTo = lines.Max(l => l.ServiceTo),
            BilledAmount = lines.Sum(l => l.BilledAmount),
            DiagnosisCodes = [.. request.DiagnosisCodes.Select(code => ClaimCodes.Diagnosis(code)!)],
            Lines = lines,
            IntakeDigest = digest,
        };
        claim.FwaFlags = FwaReview.Review(claim, member, await PriorLinesAsync(claim, cancellationToken), await VisitMixAsync(claim, cancellationToken), pairs);
        return claim;
    }

    /// <summary>The member's lines already billed on the claim's days of service (duplicates and unbundling look there).</summary>
    private Task<List<PriorLine>> PriorLinesAsync(Claim claim, CancellationToken cancellationToken) =>
        db.Claims.AsNoTracking()
            .Where(c => c.Cin == claim.Cin && c.ServiceFrom <= claim.ServiceTo && c.ServiceTo >= claim.ServiceFrom)
            .SelectMany(c => c.Lines.Where(l => l.ServiceFrom >= claim.ServiceFrom && l.ServiceFrom <= claim.ServiceTo),
                (c, l) => new PriorLine(c.ClaimNumber, c.BillingNpi, l.ServiceFrom, l.ProcedureCode, l.Modifiers))
            .ToListAsync(cancellationToken);

    /// <summary>The billing provider's office visits in the year before the claim's first day of service.</summary>
    private async Task<VisitMix> VisitMixAsync(Claim claim, CancellationToken cancellationToken)
    {
        var since = claim.ServiceFrom.AddYears(-1);
        var visits = await db.Claims.AsNoTracking()
            .Where(c => c.BillingNpi == claim.BillingNpi && c.ServiceFrom >= since && c.ServiceFrom <= claim.ServiceFrom)
            .SelectMany(c => c.Lines.Where(l => FwaReview.OfficeVisits.Contains(l.ProcedureCode)))
            .GroupBy(l => FwaReview.LevelFiveVisits.Contains(l.ProcedureCode))
            .Select(g => new { LevelFive = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new VisitMix(visits.Sum(v => v.Count), visits.Where(v => v.LevelFive).Sum(v => v.Count));
    }
}
