using Platform.Referral.AuthorizationExemptions;
using Platform.Referral.Directory;
using Platform.Referral.Members;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;

namespace Platform.Referral.Submission;

/// <summary>A request line as the rules read it: its code, modifiers, units and place of service, normalized.</summary>
public sealed record RuleLine(int LineNumber, string ProcedureCode, IReadOnlyList<string> Modifiers, int Quantity, string PlaceOfService);

/// <summary>
/// Everything the rules read: the request and what the plan knows of its member and providers; <see cref="Quarter"/> is
/// the PA list in force on the date of service and <see cref="Listed"/> the request's codes on it, by code.
/// </summary>
public sealed record RuleInput(
    DateOnly ServiceFrom,
    ReferralMemberCoverage Coverage,
    DirectoryProvider Servicing,
    string? PcpTin,
    string Quarter,
    IReadOnlyDictionary<string, PaCode> Listed,
    IReadOnlyList<RuleLine> Lines,
    ReferralUrgency RequestedUrgency,
    UrgentCriterion? Criterion,
    bool AllowRedirect);

/// <summary>
/// The outcome: refusals by field (the request is not submitted), else the urgency it is handled as, whether it is
/// approved at submission, and the trace of every rule evaluated (REF-12), in the order they ran.
/// </summary>
public sealed record RuleVerdict(IReadOnlyList<RuleOutcome> Trace, IReadOnlyDictionary<string, string> Refusals, ReferralUrgency Urgency, bool Approve)
{
    public string PendReason => Approve ? "" : string.Join(" ", Trace.Where(t => t.Result == RuleResult.Pended).Select(t => t.Detail));
}

/// <summary>REF-02…10 and 12 over one request, with no I/O: the same inputs always give the same verdict.</summary>
public static class ReferralRules
{
    /// <summary>REF-04: office and outpatient visits (new and established patients), which the assigned PCP's group gives without authorization.</summary>
    private static bool IsOfficeVisit(string code) => code is ['9', '9', '2', '0' or '1', _] && code[4] is >= '2' and <= '5';

    public static RuleVerdict Evaluate(RuleInput input, DecisionPolicy policy)
    {
        var trace = new List<RuleOutcome>
        {
            new("ELG-02", RuleResult.Passed,
                $"The member is eligible on {input.ServiceFrom:yyyy-MM-dd}: {input.Coverage.LineOfBusiness}, {input.Coverage.Program}."),
        };
        var refusals = new Dictionary<string, string>(StringComparer.Ordinal);
        Exemptions(input, trace, refusals);
        PrimaryCare(input, trace, refusals);
        var listed = CodeList(input, trace, refusals);
        Modifiers(input, listed, trace, refusals);
        if (refusals.Count > 0)
        {
            return new RuleVerdict(trace, refusals, input.RequestedUrgency, Approve: false);
        }

        var urgency = Urgency(input, trace);
        Redirect(input, trace);
        AutoDecision(input, listed, urgency, policy, trace);
        return new RuleVerdict(trace, refusals, urgency, Approve: trace.All(t => t.Result != RuleResult.Pended));
    }

    private static void Exemptions(RuleInput input, List<RuleOutcome> trace, Dictionary<string, string> refusals)
    {
        var exempt = input.Lines.Select(line => (line, Exemption: ExemptServices.Of(line.ProcedureCode, line.PlaceOfService))).Where(x => x.Exemption is not null).ToList();
        foreach (var (line, exemption) in exempt)
        {
            var service = AuthorizationExemptionConfiguration.Services[exemption!];
            Refuse(trace, refusals, "REF-03", line, $"{line.ProcedureCode}: {service} need no authorization — do NOT submit an authorization request.");
        }

        if (exempt.Count == 0)
        {
            trace.Add(new("REF-03", RuleResult.Passed, "No service requested is one that needs no authorization (emergency, family planning, sensitive, STD, HIV testing, prenatal, obstetric, preventive)."));
        }
    }

    private static void PrimaryCare(RuleInput input, List<RuleOutcome> trace, Dictionary<string, string> refusals)
    {
        var pcp = input.Coverage.PcpNpi;
        var affiliated = pcp is not null && (input.Servicing.Npi == pcp || input.Servicing.Tin == input.PcpTin);
        var visits = affiliated ? input.Lines.Where(line => IsOfficeVisit(line.ProcedureCode)).ToList() : [];
        foreach (var line in visits)
        {
            Refuse(trace, refusals, "REF-04", line,
                $"{line.ProcedureCode}: visits to the member's assigned PCP or a physician of the PCP's group need no authorization — do NOT submit an authorization request.");
        }

        if (visits.Count == 0)
        {
            trace.Add(input.Lines.Any(line => line.ProcedureCode == "99215")
                ? new("REF-04", RuleResult.Applied, "99215 needs its own authorization, even after an approved specialty consult (whose routine follow-ups need none).")
                : new("REF-04", RuleResult.Passed, "The referred-to provider is not the member's assigned PCP or of the PCP's group."));
        }
    }

    private static Dictionary<int, PaCode> CodeList(RuleInput input, List<RuleOutcome> trace, Dictionary<string, string> refusals)
    {
        var listed = new Dictionary<int, PaCode>();
        var refused = false;
        foreach (var line in input.Lines)
        {
            if (input.Listed.TryGetValue(line.ProcedureCode, out var code))
            {
                listed[line.LineNumber] = code;
            }
            else if (ExemptServices.Of(line.ProcedureCode, line.PlaceOfService) is null)
            {
                refused = true;
                Refuse(trace, refusals, "REF-02", line, PaRequirement.Of(input.Quarter, null, line.ProcedureCode, input.ServiceFrom).Message);
            }
        }

        if (!refused)
        {
            trace.Add(new("REF-02", RuleResult.Passed, $"Every service is on the Prior Authorization Required Code List in force on {input.ServiceFrom:yyyy-MM-dd} ({input.Quarter})."));
        }

        return listed;
    }

    private static void Modifiers(RuleInput input, Dictionary<int, PaCode> listed, List<RuleOutcome> trace, Dictionary<string, string> refusals)
    {
        var flagged = false;
        foreach (var line in input.Lines)
        {
            if (ModifierRule.Unknown(line.Modifiers) is not [_, ..] unknown)
            {
                continue;
            }

            flagged = true;
            var modifiers = string.Join(", ", unknown);
            if (listed.TryGetValue(line.LineNumber, out var code) && code.BypassesModifierRules)
            {
                trace.Add(new("REF-10", RuleResult.Applied,
                    $"Line {line.LineNumber} ({line.ProcedureCode}): a BH ABA code on the PA list is accepted with modifier(s) {modifiers}, which would otherwise void it."));
            }
            else
            {
                Refuse(trace, refusals, "REF-10", line, $"{line.ProcedureCode}: modifier(s) {modifiers} would void the line; remove or correct them.", "modifiers");
            }
        }

        if (!flagged)
        {
            trace.Add(new("REF-10", RuleResult.Passed, "No modifier voids a line."));
        }
    }

    private static ReferralUrgency Urgency(RuleInput input, List<RuleOutcome> trace)
    {
        switch (input.RequestedUrgency, input.Criterion)
        {
            case (ReferralUrgency.Urgent, null):
                trace.Add(new("REF-05", RuleResult.Applied,
                    "Downgraded to routine: an urgent request states that the normal time frame would endanger life or health, the ability to regain maximum function, or life, limb or a major bodily function. It follows routine turnaround times."));
                return ReferralUrgency.Routine;
            case (ReferralUrgency.Urgent, { } criterion):
                trace.Add(new("REF-05", RuleResult.Passed, $"Urgent: {Describe(criterion)}."));
                return ReferralUrgency.Urgent;
            default:
                trace.Add(new("REF-05", RuleResult.Passed, "Routine."));
                return ReferralUrgency.Routine;
        }
    }

    private static void Redirect(RuleInput input, List<RuleOutcome> trace) => trace.Add((input.Servicing.Tertiary, input.AllowRedirect) switch
    {
        (true, false) => new("REF-07", RuleResult.Pended, "A tertiary provider without allowing a redirect: a reviewer weighs the justification."),
        (true, true) => new("REF-08", RuleResult.Passed, "A tertiary provider, with the member allowed to be redirected to a community provider."),
        _ => new("REF-09", RuleResult.Passed, "The referred-to provider is not tertiary; the member may be redirected."),
    });

    private static void AutoDecision(RuleInput input, Dictionary<int, PaCode> listed, ReferralUrgency urgency, DecisionPolicy policy, List<RuleOutcome> trace)
    {
        var review = input.Lines
            .Where(line => !policy.AutoApprovedUnits.TryGetValue(listed[line.LineNumber].Category, out var units) || line.Quantity > units)
            .Select(line => $"line {line.LineNumber} ({line.ProcedureCode}, {listed[line.LineNumber].Category}, {line.Quantity} unit(s))")
            .ToList();
        if (urgency == ReferralUrgency.Urgent)
        {
            trace.Add(new("REF-12", RuleResult.Pended, $"Urgent: a reviewer decides within {policy.UrgentHours} hours."));
        }

        if (review.Count > 0)
        {
            trace.Add(new("REF-12", RuleResult.Pended, $"Needs a clinical review: {string.Join("; ", review)}."));
        }

        if (urgency == ReferralUrgency.Routine && review.Count == 0 && trace.All(t => t.Result != RuleResult.Pended))
        {
            trace.Add(new("REF-12", RuleResult.Passed, "A routine request that passes every rule: approved at submission."));
        }
    }

    private static void Refuse(List<RuleOutcome> trace, Dictionary<string, string> refusals, string rule, RuleLine line, string message, string field = "procedureCode")
    {
        trace.Add(new(rule, RuleResult.Refused, $"Line {line.LineNumber}: {message}"));
        refusals.TryAdd($"lines[{line.LineNumber - 1}].{field}", message);
    }

    private static string Describe(UrgentCriterion criterion) => criterion switch
    {
        UrgentCriterion.LifeOrHealth => "the normal time frame would be detrimental to the patient's life or health",
        UrgentCriterion.MaximumFunction => "the normal time frame would jeopardize the patient's ability to regain maximum function",
        _ => "the normal time frame would result in loss of life, limb or other major bodily function",
    };
}
