using Hl7.Fhir.Model;

namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>
/// A Da Vinci PAS response Bundle: a collection whose first entry is the ClaimResponse — the referral service's
/// decision as PAS states it (outcome, preAuthRef, each item's X12 306 review action and reason) — followed by the
/// request's other resources, so the ClaimResponse's patient, requestor and insurer resolve inside the Bundle.
/// </summary>
public static class PasResponse
{
    public const string ReviewActionUrl = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction";
    public const string ReviewActionCodeUrl = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode";

    /// <summary>X12 306, Action Code: the outcome of a health care services review.</summary>
    public const string X12ReviewActions = "https://codesystem.x12.org/005010/306";

    public const string Certified = "A1";
    public const string NotCertified = "A3";
    public const string Pended = "A4";
    public const string Modified = "A6";
    public const string Cancelled = "C";

    private const string AdjudicationCategories = "http://terminology.hl7.org/CodeSystem/adjudication";

    /// <summary>The response for a submitted referral, as it stands now (at submission, or later for $inquire).</summary>
    public static Bundle For(Bundle request, Claim claim, ReferralView referral, DateTimeOffset now)
    {
        var (action, outcome, reason) = referral.Status switch
        {
            "Approved" => (Certified, ClaimProcessingCodes.Complete, referral.DecisionReason ?? "Approved by the plan."),
            "Modified" => (Modified, ClaimProcessingCodes.Complete, referral.DecisionReason ?? "Approved with changes by the plan."),
            "Denied" => (NotCertified, ClaimProcessingCodes.Complete, referral.DecisionReason ?? "Denied by the plan."),
            "Cancelled" => (Cancelled, ClaimProcessingCodes.Complete, referral.DecisionReason ?? "Cancelled by the submitter."),
            _ => (Pended, ClaimProcessingCodes.Queued, PendReason(referral)),
        };
        var response = Response(claim, outcome, now);
        response.PreAuthRef = referral.ReferralNumber;
        response.Disposition = reason;
        if (referral.Status is "Approved" or "Modified")
        {
            response.PreAuthPeriod = new Period(new FhirDateTime(referral.ServiceFrom.ToString("yyyy-MM-dd")), new FhirDateTime(referral.ServiceTo.ToString("yyyy-MM-dd")));
        }

        response.Item = [.. referral.Lines.Select(line => Item(claim, line.LineNumber - 1, action, reason, referral.ReferralNumber, line.ApprovedQuantity))];
        return Bundle(request, claim, response, now);
    }

    /// <summary>
    /// The response for a request the referral service's rules refused (REF-02/03/04/10): nothing is submitted, so there
    /// is no preAuthRef; each refused item is not certified with the rule's words, the others not reviewed.
    /// </summary>
    public static Bundle Refused(Bundle request, Claim claim, IReadOnlyDictionary<int, string> refusals, DateTimeOffset now)
    {
        var response = Response(claim, ClaimProcessingCodes.Error, now);
        response.Disposition = "The request is not submitted: " + string.Join(" ", refusals.OrderBy(r => r.Key).Select(r => r.Value));
        response.Item = [.. refusals.OrderBy(r => r.Key).Select(r => Item(claim, r.Key, NotCertified, r.Value, null, null))];
        response.Error = [.. refusals.OrderBy(r => r.Key).Select(r => new ClaimResponse.ErrorComponent
        {
            ItemSequence = claim.Item[r.Key].Sequence,
            Code = new CodeableConcept { Text = r.Value },
        })];
        return Bundle(request, claim, response, now);
    }

    private static string PendReason(ReferralView referral)
    {
        var pended = string.Join(" ", referral.RuleTrace.Where(rule => rule.Result == "Pended").Select(rule => $"{rule.Rule}: {rule.Detail}"));
        var due = referral.DueAt is { } at ? $" Due by {at.UtcDateTime:yyyy-MM-ddTHH:mm}Z." : "";
        return $"Pended for review. {pended}{due}".Trim();
    }

    private static ClaimResponse Response(Claim claim, ClaimProcessingCodes outcome, DateTimeOffset now) => new()
    {
        Status = FinancialResourceStatusCodes.Active,
        Type = claim.Type ?? new CodeableConcept("http://terminology.hl7.org/CodeSystem/claim-type", "professional"),
        Use = ClaimUseCode.Preauthorization,
        Patient = claim.Patient,
        Created = now.ToString("yyyy-MM-ddTHH:mm:sszzz"),
        Insurer = claim.Insurer!,
        Requestor = claim.Provider,
        Request = new ResourceReference { Identifier = claim.Identifier.FirstOrDefault(), Type = "Claim" },
        Outcome = outcome,
    };

    /// <summary>A Claim item's adjudication: the review action (and the referral number as the item's review number) and why.</summary>
    private static ClaimResponse.ItemComponent Item(Claim claim, int index, string action, string reason, string? referralNumber, int? approvedUnits)
    {
        var reviewAction = new Extension { Url = ReviewActionUrl };
        reviewAction.AddExtension(ReviewActionCodeUrl, new CodeableConcept(X12ReviewActions, action));
        if (referralNumber is not null)
        {
            reviewAction.AddExtension("number", new FhirString(referralNumber));
        }

        var adjudication = new ClaimResponse.AdjudicationComponent
        {
            Category = new CodeableConcept(AdjudicationCategories, "submitted"),
            Reason = new CodeableConcept { Text = reason },
            Value = approvedUnits,
        };
        adjudication.Extension.Add(reviewAction);
        return new ClaimResponse.ItemComponent { ItemSequence = claim.Item.ElementAtOrDefault(index)?.Sequence ?? index + 1, Adjudication = [adjudication] };
    }

    private static Bundle Bundle(Bundle request, Claim claim, ClaimResponse response, DateTimeOffset now)
    {
        var bundle = new Bundle
        {
            Type = Hl7.Fhir.Model.Bundle.BundleType.Collection,
            Identifier = new Identifier("urn:ietf:rfc:3986", $"urn:uuid:{Guid.NewGuid()}"),
            Timestamp = now,
        };
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = response });
        bundle.Entry.AddRange(request.Entry.Where(entry => entry.Resource is not null && !ReferenceEquals(entry.Resource, claim))
            .Select(entry => new Bundle.EntryComponent { FullUrl = entry.FullUrl, Resource = entry.Resource }));
        return bundle;
    }
}
