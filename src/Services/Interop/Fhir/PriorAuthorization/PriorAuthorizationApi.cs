using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;
using static Hl7.Fhir.Model.CapabilityStatement;

namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>Da Vinci PAS (CMS-0057-F's Prior Authorization API) on the referral service: Claim/$submit and Claim/$inquire.</summary>
public static class PriorAuthorizationApi
{
    public const string SubmitDefinition = "http://hl7.org/fhir/us/davinci-pas/OperationDefinition/Claim-submit";
    public const string InquireDefinition = "http://hl7.org/fhir/us/davinci-pas/OperationDefinition/Claim-inquire";

    public static readonly FhirResourceCapability Claim = new(ResourceType.Claim, null, [], [], [("submit", SubmitDefinition), ("inquire", InquireDefinition)]);

    public static RouteGroupBuilder MapPriorAuthorization(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("/Claim/$submit", SubmitPriorAuthorization.HandleAsync)
            .Describe("PasSubmit",
                "Da Vinci PAS: submits a prior authorization request Bundle to the referral service's rules; answers the ClaimResponse Bundle — approved (A1) at once, pended (A4), or not certified (A3) with the rule's words.");
        fhir.MapPost("/Claim/$inquire", InquirePriorAuthorization.HandleAsync)
            .Describe("PasInquire", "Da Vinci PAS: the current ClaimResponse Bundle of an earlier request, by its preAuthRef or Claim identifier.");
        return fhir;
    }

    /// <summary>A 400 OperationOutcome whose expression is the element of the Bundle at fault.</summary>
    public static ValidationProblem Invalid(PasProblem problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Expression] = [problem.Message] });

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string name, string summary) => endpoint
        .RequireAuthorization(Modules.Referrals)
        .Accepts<Bundle>(FhirJson.MediaType, "application/json")
        .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName(name)
        .WithSummary(summary);
}
