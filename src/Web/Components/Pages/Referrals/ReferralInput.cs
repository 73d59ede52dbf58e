namespace Platform.Web.Components.Pages.Referrals;

/// <summary>
/// The referral wizard's form as the browser posts it at every step: the steps not on screen ride along as hidden fields,
/// so the page keeps no state of its own and a CIN never enters an address. The referred-to provider and the redirect
/// indicator are the draft's, kept by the referral service (REF-06…09).
/// </summary>
public sealed class ReferralInput
{
    public const int Member = 1;
    public const int Provider = 2;
    public const int Services = 3;

    /// <summary>The same key on every post of this request: a double click or a resend makes one referral.</summary>
    public string IdempotencyKey { get; set; } = "";

    public Guid? DraftId { get; set; }

    public int Step { get; set; } = Member;

    /// <summary>The button pressed.</summary>
    public string? Action { get; set; }

    public string? Cin { get; set; }

    /// <summary>The member's name as step 1 found them, shown on the later steps.</summary>
    public string? MemberName { get; set; }

    public string? RequestingNpi { get; set; }

    public DateOnly? ServiceFrom { get; set; }

    public DateOnly? ServiceTo { get; set; }

    public string? Search { get; set; }

    /// <summary>A directory search result's Select button: the NPI chosen.</summary>
    public string? SelectNpi { get; set; }

    public bool? Allow { get; set; }

    public string? Justification { get; set; }

    public List<string?> Diagnoses { get; set; } = [];

    public List<LineInput> Lines { get; set; } = [];

    public string Urgency { get; set; } = "Routine";

    public string? UrgentCriterion { get; set; }

    public string? Notes { get; set; }

    public static ReferralInput Start(DateOnly today) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        ServiceFrom = today,
        Diagnoses = [null],
        Lines = [new()],
    };

    /// <summary>
    /// The submission's body. Blank diagnoses and lines are left out (one blank line is kept when all are, for the API to
    /// name), so each list's sent index maps back to its input's: <paramref name="diagnoses"/> and <paramref name="lines"/>.
    /// </summary>
    public object Submission(out IReadOnlyList<int> diagnoses, out IReadOnlyList<int> lines)
    {
        diagnoses = [.. Enumerable.Range(0, Diagnoses.Count).Where(i => !string.IsNullOrWhiteSpace(Diagnoses[i]))];
        var filled = Enumerable.Range(0, Lines.Count).Where(i => !string.IsNullOrWhiteSpace(Lines[i].ProcedureCode)).ToList();
        lines = filled.Count > 0 || Lines.Count == 0 ? filled : [0];
        return new
        {
            draftId = DraftId,
            cin = Cin?.Trim(),
            requestingNpi = RequestingNpi?.Trim(),
            serviceFrom = ServiceFrom,
            serviceTo = ServiceTo,
            diagnosisCodes = diagnoses.Select(i => Diagnoses[i]!.Trim()).ToList(),
            lines = lines.Select(i => Lines[i].Request()).ToList(),
            urgency = Urgency,
            urgentCriterion = Urgency == "Urgent" && !string.IsNullOrEmpty(UrgentCriterion) ? UrgentCriterion : null,
            notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes,
        };
    }
}

/// <summary>A requested service: code, up to four modifiers, units and place of service (REF-01).</summary>
public sealed class LineInput
{
    public const int Modifiers = 4;

    public string? ProcedureCode { get; set; }

    public List<string?> Modifier { get; set; } = [.. Enumerable.Repeat<string?>(null, Modifiers)];

    /// <summary>As typed: a quantity that is no number goes to the API as 0, which names the field.</summary>
    public string? Quantity { get; set; } = "1";

    public string PlaceOfService { get; set; } = "11";

    public object Request() => new
    {
        procedureCode = ProcedureCode?.Trim() ?? "",
        modifiers = Modifier.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!.Trim()).ToList(),
        quantity = int.TryParse(Quantity?.Trim(), out var units) ? units : 0,
        placeOfService = PlaceOfService,
    };

    /// <summary>CMS's place-of-service codes an office uses most.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Places =
    [
        ("11", "11 Office"), ("22", "22 On campus-outpatient hospital"), ("19", "19 Off campus-outpatient hospital"), ("24", "24 Ambulatory surgical center"),
        ("21", "21 Inpatient hospital"), ("12", "12 Home"), ("02", "02 Telehealth other than in the patient's home"),
        ("10", "10 Telehealth in the patient's home"), ("81", "81 Independent laboratory"), ("23", "23 Emergency room-hospital"),
    ];
}
