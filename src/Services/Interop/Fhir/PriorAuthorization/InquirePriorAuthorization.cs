using System.Security.Claims;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Interop.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>
/// Da Vinci PAS <c>Claim/$inquire</c>: where an earlier request stands now, named by its preAuthRef (the referral number,
/// in Claim.insurance.preAuthRef) or by the identifier its Claim was submitted with, for the member the inquiry's
/// Patient names. A referral the caller may not see, or of another member, is not found.
/// </summary>
public static class InquirePriorAuthorization
{
    public static async Task<IResult> HandleAsync(HttpRequest http, ClaimsPrincipal user, IHttpClientFactory clients, InteropDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var bundle = await FhirJson.ReadAsync<Bundle>(http, cancellationToken);
        Hl7.Fhir.Model.Claim claim;
        string cin;
        try
        {
            claim = PasRequest.ClaimOf(bundle);
            cin = PasRequest.CinOf(bundle, claim);
        }
        catch (PasProblem invalid)
        {
            return PriorAuthorizationApi.Invalid(invalid);
        }

        var submitter = user.FindFirstValue(PlatformClaims.Subject)!;
        var claimIdentifier = PasRequest.Describe(claim.Identifier.FirstOrDefault());
        var number = claim.Insurance.SelectMany(insurance => insurance.PreAuthRef).FirstOrDefault(reference => !string.IsNullOrWhiteSpace(reference))
            ?? (claimIdentifier is null ? null : await db.Set<PasSubmission>().AsNoTracking()
                .Where(s => s.Submitter == submitter && s.ClaimIdentifier == claimIdentifier && s.ReferralNumber != null)
                .OrderByDescending(s => s.CreatedAt).Select(s => s.ReferralNumber).FirstOrDefaultAsync(cancellationToken));
        if (number is null)
        {
            return claimIdentifier is null
                ? PriorAuthorizationApi.Invalid(new PasProblem($"{PasRequest.ClaimPath}.insurance[0].preAuthRef",
                    "Name the request: its preAuthRef (the referral number answered) or the identifier its Claim was submitted with."))
                : Problems.NotFound($"A prior authorization request with Claim identifier {claimIdentifier}");
        }

        var (referral, problem) = await new ReferralOwner(clients).ReferralAsync(number.Trim(), cancellationToken);
        if (problem is not null)
        {
            return problem is ValidationProblem
                ? PriorAuthorizationApi.Invalid(new PasProblem($"{PasRequest.ClaimPath}.insurance[0].preAuthRef", $"{number} is not a referral number."))
                : problem;
        }

        // The referral of another member than the inquiry names is answered as any referral out of reach.
        return referral!.Cin == cin
            ? new FhirResult(PasResponse.For(bundle, claim, referral, time.GetUtcNow()))
            : Problems.NotFound($"Referral {number}");
    }
}
