using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Platform.Claims.Claims;
using Platform.Claims.Codes;
using Platform.Claims.Payments;
using Platform.Contracts.Claims;
using Platform.Contracts.Eligibility;
using Platform.Synthetic;

namespace Platform.Claims.Seeding;

/// <summary>A synthetic claim and the events its determination and payment raised, for a seed that announces them.</summary>
public sealed record SeededClaim(Claim Claim, ClaimFinalized? Finalized, ClaimPaid? Paid);

/// <summary>Who bills the synthetic claims: the plan's whole directory, or only the demo offices (the local run's).</summary>
public enum ClaimBillers
{
    Plan,
    DemoOffices,
}

/// <summary>
/// Synthetic claims over the members of a <see cref="SyntheticPlan"/>, adjudicated as the claims system would have by
/// the plan's today: recent ones received or pended, older ones finalized or denied (CLM-04 timely filing applied by
/// the claim itself), the plan's paid on its weekly check run. Claim n is a pure function of (seed, n, asOf), its draws
/// keyed past the members' and the providers' so they never repeat theirs. Seeded claims carry no CLM-06 review flags:
/// the review runs at intake, over claims that arrive after them.
/// </summary>
public sealed class SyntheticClaims(SyntheticPlan plan, int seed, DateOnly asOf, ClaimBillers billers)
{
    /// <summary>Members draw from keys [0, MaxMembers), providers from [MaxMembers, 2 MaxMembers).</summary>
    private const long ClaimKeys = 2L * SyntheticIds.MaxMembers;

    /// <summary>Service lines per claim: most claims are a visit with a service or two.</summary>
    private static readonly (int Value, int Weight)[] LineCounts = [(1, 40), (2, 30), (3, 15), (4, 8), (5, 4), (6, 3)];

    private static readonly (string Reason, string Remark, string Text)[] Denials =
    [
        ("16", "M51", "Missing or invalid procedure code information: correct and resubmit."),
        ("204", "N130", "The service is not covered under the member's benefit plan."),
        ("B7", "N570", "The provider was not certified for this service on the date of service."),
        ("18", "N522", "Exact duplicate of a claim already processed."),
        ("197", "N54", "Authorization was required and not obtained."),
    ];

    private static readonly string[] PendReasons =
        ["Awaiting medical records requested from the provider.", "Coordination of benefits: other coverage under review.", "Under clinical review."];

    private readonly IReadOnlyList<SyntheticProvider> providers = plan.Providers;
    private readonly Dictionary<string, int> providerIndex = plan.Providers.Select((p, i) => (p.Npi, i)).ToDictionary();
    private readonly SyntheticProvider[] others = [.. plan.Providers.Where(p => p.Type != SyntheticProviderType.Pcp)];

    /// <summary>Claims in order until they carry <paramref name="lines"/> service lines (the last one cut to fit).</summary>
    public IEnumerable<SeededClaim> Claims(long lines)
    {
        for (long number = 0, written = 0; written < lines; number++)
        {
            var seeded = Claim(number, (int)Math.Min(6, lines - written));
            written += seeded.Claim.Lines.Count;
            yield return seeded;
        }
    }

    public SeededClaim Claim(long number, int maxLines)
    {
        var draws = new Draws(seed, ClaimKeys + number);
        var (member, day, biller) = Parties(draws);
        var received = day.AddDays(draws.Chance(0.01) ? draws.Between(366, 420) : draws.Between(2, 45));
        received = received > asOf ? asOf : received;
        var receivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero);
        var span = member.Spans.LastOrDefault(s => s.StartDate <= day) ?? member.Spans[0];
        var lines = Lines(draws, biller, day, member.DateOfBirth, Math.Min(maxLines, draws.PickWeighted(LineCounts)));
        var (_, diagnoses) = ServiceMenu.For(biller);
        var claim = new Claim
        {
            ClaimNumber = $"{received:yyMMdd}{number:D8}",
            Cin = member.Cin,
            BillingNpi = biller.Npi,
            BillingTin = biller.Tin,
            LineOfBusiness = member.LineOfBusiness,
            // ACC-06: a health network's member's claims are the network's to pay; CCN and COD are the plan's.
            HealthNetwork = span.Program is Programs.Direct or Programs.CommunityNetwork ? null : span.Program,
            ReceivedOn = received,
            ReceivedAt = receivedAt,
            ServiceFrom = day,
            ServiceTo = day,
            BilledAmount = lines.Sum(l => l.BilledAmount),
            DiagnosisCodes = [.. Enumerable.Range(0, draws.Between(1, 3)).Select(_ => draws.Pick(diagnoses)).Distinct()],
            IntakeDigest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"synthetic:{seed}:{number}"))),
        };
        claim.Lines.AddRange(lines.Select(l => l.For(claim.Id)));
        var finalized = claim.ApplyTimelyFiling(receivedAt) ?? Adjudicate(draws, claim, member, receivedAt);
        var paid = finalized is not null && claim.HealthNetwork is null && NextCheckRun(finalized.FinalizedAt) is var paidOn && paidOn <= asOf
            ? claim.Pay(PaymentOf(biller, paidOn))
            : null;
        return new SeededClaim(claim, finalized, paid);
    }

    /// <summary>The member, the day of service and the billing provider.</summary>
    private (SyntheticMember Member, DateOnly Day, SyntheticProvider Biller) Parties(Draws draws)
    {
        if (billers == ClaimBillers.DemoOffices)
        {
            var office = draws.Pick(DemoProviders.All);
            var member = plan.Member(draws.Next(plan.Size));
            // A pediatric practice sees children: a few more draws find one.
            for (var tries = 0; office.Specialty.StartsWith("Pediatric", StringComparison.Ordinal) && tries < 20 && Age(member, asOf) >= 21; tries++)
            {
                member = plan.Member(draws.Next(plan.Size));
            }

            return (member, ServiceDay(draws, member), office);
        }

        var patient = plan.Member(draws.Next(plan.Size));
        var day = ServiceDay(draws, patient);
        // Half the claims are from the member's PCP that day; the rest from the plan's specialists and behavioral health.
        var pcp = patient.Spans.LastOrDefault(s => s.StartDate <= day)?.PcpNpi;
        var biller = pcp is not null && draws.Chance(0.5) ? providers[providerIndex[pcp]] : draws.Pick(others);
        return (patient, day, biller);
    }

    /// <summary>A day in the last two years the member was covered, or late in their last span when it ended before.</summary>
    private DateOnly ServiceDay(Draws draws, SyntheticMember member)
    {
        var (from, to) = (asOf.AddDays(-730), asOf.AddDays(-1));
        var span = member.Spans.LastOrDefault(s => s.StartDate <= to && (s.EndDate ?? to) >= from) ?? member.Spans[^1];
        var (start, end) = (Max(span.StartDate, from), Min(span.EndDate ?? to, to));
        if (end < start)
        {
            end = span.EndDate ?? span.StartDate;
            start = Max(span.StartDate, end.AddDays(-365));
        }

        return start.AddDays(draws.Next(end.DayNumber - start.DayNumber + 1));
    }

    private static List<SeededLine> Lines(Draws draws, SyntheticProvider biller, DateOnly day, DateOnly bornOn, int count)
    {
        var (services, _) = ServiceMenu.For(biller);
        var weighted = services.Select(s => (s, s.Weight)).ToArray();
        var chosen = new List<BilledService>();
        for (var tries = 0; chosen.Count < count && tries < 4 * count; tries++)
        {
            var service = draws.PickWeighted(weighted);
            if (!chosen.Any(c => c.Code == service.Code))
            {
                chosen.Add(service);
            }
        }

        var telehealth = biller.Type == SyntheticProviderType.BehavioralHealth && draws.Chance(0.15);
        return [.. chosen.Select((service, index) =>
        {
            var code = service.Code == ServiceMenu.PreventiveVisit ? ServiceMenu.PreventiveFor(Age(bornOn, day)) : service.Code;
            var units = draws.Between(service.MinUnits, service.MaxUnits);
            List<string> modifiers = [.. ServiceMenu.IsVisit(service.Code) && chosen.Count > 1 ? ["25"] : Array.Empty<string>(), .. telehealth ? ["95"] : Array.Empty<string>()];
            var place = telehealth ? "10" : code is "29881" or "45378" ? "24" : "11";
            return new SeededLine(index + 1, day, code, modifiers, units, place, service.Charge * units);
        })];
    }

    /// <summary>The claims system's decision by the plan's today: none yet, pended, or a final determination.</summary>
    private ClaimFinalized? Adjudicate(Draws draws, Claim claim, SyntheticMember member, DateTimeOffset receivedAt)
    {
        var waited = asOf.DayNumber - claim.ReceivedOn.DayNumber;
        if (waited < 3)
        {
            return null;
        }

        if (draws.Chance(waited < 14 ? 0.4 : 0.02))
        {
            claim.Pend(draws.Pick(PendReasons));
            return null;
        }

        var decidedAt = receivedAt.AddDays(draws.Between(1, Math.Min(waited, 20)));
        if (draws.Chance(0.09))
        {
            var (reason, remark, text) = draws.Pick(Denials);
            claim.Lines.ForEach(line => line.Decide(0, 0, [new Adjustment("CO", reason, line.BilledAmount)], [remark]));
            return claim.Finalize(ClaimStatus.Denied, text, decidedAt).Finalized;
        }

        // OneCare members owe Medicare's coinsurance on some services; Medi-Cal members owe nothing.
        var coinsurance = member.LineOfBusiness is "OneCare" or "OneCare Connect";
        foreach (var line in claim.Lines)
        {
            if (claim.Lines.Count > 1 && draws.Chance(0.05))
            {
                line.Decide(0, 0, [new Adjustment("CO", "97", line.BilledAmount)], ["M15"]);
                continue;
            }

            var allowed = Math.Round(line.BilledAmount * draws.Between(55, 85) / 100m, 2);
            var owed = coinsurance && draws.Chance(0.3) ? Math.Round(allowed * 0.2m, 2) : 0m;
            List<Adjustment> adjustments = [.. line.BilledAmount > allowed ? [new Adjustment("CO", "45", line.BilledAmount - allowed)] : Array.Empty<Adjustment>(),
                .. owed > 0 ? [new Adjustment("PR", "2", owed)] : Array.Empty<Adjustment>()];
            line.Decide(allowed, allowed - owed, adjustments, []);
        }

        var allBundled = claim.Lines.All(l => l.Status == LineStatus.Denied);
        return claim.Finalize(allBundled ? ClaimStatus.Denied : ClaimStatus.Finalized, allBundled ? "Every service was bundled into another service." : null, decidedAt)
            .Finalized;
    }

    /// <summary>The plan's check run is on Thursdays: the first one after the determination.</summary>
    private static DateOnly NextCheckRun(DateTimeOffset decidedAt)
    {
        var day = DateOnly.FromDateTime(decidedAt.UtcDateTime);
        var days = ((int)DayOfWeek.Thursday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(days == 0 ? 7 : days);
    }

    /// <summary>
    /// The provider's payment of a check run: one per payee and day, its id a UUIDv8 of both and its number their
    /// digits, so every claim of the run names the same payment without a lookup. Four in five payees take EFT. Only
    /// what the claim keeps is set: the payments table is filled from the paid claims afterwards (ClaimsSeeder).
    /// </summary>
    private Payment PaymentOf(SyntheticProvider payee, DateOnly paidOn)
    {
        var index = providerIndex[payee.Npi];
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt32BigEndian(bytes, paidOn.DayNumber);
        BinaryPrimitives.WriteInt32BigEndian(bytes[8..], index);
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], seed);
        // Version 8 and RFC 9562's variant; a provider index stays below 2^24 (SyntheticIds.MaxProviders), clear of byte 8.
        bytes[6] = 0x80;
        bytes[8] = 0x80;
        return new Payment
        {
            Id = new Guid(bytes, bigEndian: true),
            Method = index % 5 == 0 ? PaymentMethod.Check : PaymentMethod.Eft,
            Number = $"{paidOn:yyyyMMdd}{index:D7}",
            PaidOn = paidOn,
            PayeeNpi = payee.Npi,
            PayeeTin = payee.Tin,
            IntakeDigest = "",
        };
    }

    private static int Age(SyntheticMember member, DateOnly on) => Age(member.DateOfBirth, on);

    private static int Age(DateOnly bornOn, DateOnly on) => on.Year - bornOn.Year - (on < bornOn.AddYears(on.Year - bornOn.Year) ? 1 : 0);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>A line before its claim exists: the claim's id is needed for the COPY, which has no fix-up.</summary>
    private sealed record SeededLine(int Number, DateOnly Day, string Code, List<string> Modifiers, int Units, string Place, decimal BilledAmount)
    {
        public ClaimLine For(Guid claimId) => new()
        {
            ClaimId = claimId, LineNumber = Number, ServiceFrom = Day, ServiceTo = Day, ProcedureCode = Code, Modifiers = Modifiers,
            Units = Units, PlaceOfService = Place, BilledAmount = BilledAmount,
        };
    }
}
