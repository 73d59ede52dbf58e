using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Interop.Owners;
using Platform.ServiceDefaults;

namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>
/// The referral service's draft and submission API, called with the caller's token (its ACC-01/06 scope and ACC-05
/// audit apply as through the gateway). Each call answers what it read, or the problem to answer the PAS caller with,
/// its fields named as elements of the PAS Bundle.
/// </summary>
public sealed partial class ReferralOwner(IHttpClientFactory clients)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient referral = clients.CreateClient(OwnerApis.Referral);

    public Task<(DraftView? Draft, IResult? Problem)> StartDraftAsync(CancellationToken cancellationToken) =>
        ReadAsync<DraftView>(referral.PostAsync("/api/v1/referral-drafts", null, cancellationToken), cancellationToken);

    /// <summary>The draft, or null when it is gone: submitted (a retry) or purged.</summary>
    public async Task<(DraftView? Draft, IResult? Problem)> DraftAsync(Guid draftId, CancellationToken cancellationToken)
    {
        using var response = await referral.GetAsync($"/api/v1/referral-drafts/{draftId}", cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? (null, null) : await ReadAsync<DraftView>(response, cancellationToken);
    }

    public async Task<(DraftView? Draft, IResult? Problem)> SelectServicingAsync(Guid draftId, string npi, CancellationToken cancellationToken)
    {
        using var response = await referral.PutAsJsonAsync($"/api/v1/referral-drafts/{draftId}/servicing-provider", new { npi }, cancellationToken);
        // Not in the plan's provider directory: the servicing provider is not one the caller can name (404, as for any record out of reach).
        return response.StatusCode == HttpStatusCode.BadRequest
            ? (null, Problems.NotFound($"Servicing provider {npi}"))
            : await ReadAsync<DraftView>(response, cancellationToken);
    }

    /// <summary>REF-06 "continue", then REF-07's No with its justification: the tertiary provider is kept and justified.</summary>
    public async Task<(DraftView? Draft, IResult? Problem)> KeepTertiaryAsync(Guid draftId, string justification, CancellationToken cancellationToken)
    {
        var (draft, problem) = await ReadAsync<DraftView>(
            referral.PostAsJsonAsync($"/api/v1/referral-drafts/{draftId}/tertiary-warning", new { choice = "Continue" }, cancellationToken), cancellationToken);
        return problem is not null ? (draft, problem) : await JustifyAsync(draftId, justification, cancellationToken);
    }

    public Task<(DraftView? Draft, IResult? Problem)> JustifyAsync(Guid draftId, string justification, CancellationToken cancellationToken) =>
        ReadAsync<DraftView>(referral.PutAsJsonAsync($"/api/v1/referral-drafts/{draftId}/redirect", new { allow = false, justification }, cancellationToken), cancellationToken);

    /// <summary>
    /// Submits the request under the Bundle's Idempotency-Key: the referral, or the rules' refusals by item index, or
    /// the problem. A requesting provider the caller may not request for is a 404, as the member out of scope is.
    /// </summary>
    public async Task<(ReferralView? Referral, IReadOnlyDictionary<int, string>? Refusals, IResult? Problem)> SubmitAsync(
        PasRequest request, Guid draftId, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals")
        {
            Content = JsonContent.Create(new
            {
                draftId, cin = request.Cin, requestingNpi = request.RequestingNpi, serviceFrom = request.ServiceFrom, serviceTo = request.ServiceTo,
                diagnosisCodes = request.DiagnosisCodes,
                lines = request.Lines.Select(line => new { procedureCode = line.ProcedureCode, modifiers = line.Modifiers, quantity = line.Quantity, placeOfService = line.PlaceOfService }),
                urgency = request.Urgent ? "Urgent" : "Routine",
                // CMS-0057-F's expedited request is one whose standard time frame could jeopardize life, health or the
                // ability to regain maximum function: PAS's "stat" states it, REF-05's first criterion.
                urgentCriterion = request.Urgent ? "LifeOrHealth" : null,
                notes = request.Message,
            }),
        };
        message.Headers.Add(IdempotencyKeys.Header, request.IdempotencyKey);
        using var response = await referral.SendAsync(message, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest
            && await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Json, cancellationToken) is { } invalid)
        {
            if (invalid.Title == Contracts.Referrals.ReferralRefusal.Title && invalid.Errors.Keys.All(field => LineIndex(field) is not null))
            {
                return (null, invalid.Errors.GroupBy(e => LineIndex(e.Key)!.Value).ToDictionary(g => g.Key, g => string.Join(" ", g.SelectMany(e => e.Value))), null);
            }

            return invalid.Errors.ContainsKey("requestingNpi")
                ? (null, null, Problems.NotFound($"Requesting provider {request.RequestingNpi}"))
                : (null, null, Invalid(invalid));
        }

        var (referralView, problem) = await ReadAsync<ReferralView>(response, cancellationToken);
        return (referralView, null, problem);
    }

    public async Task<(ReferralView? Referral, IResult? Problem)> ReferralAsync(string referralNumber, CancellationToken cancellationToken) =>
        await ReadAsync<ReferralView>(referral.GetAsync($"/api/v1/referrals/{Uri.EscapeDataString(referralNumber)}", cancellationToken), cancellationToken);

    /// <summary>Where a field of the referral API's request is in the PAS Bundle.</summary>
    public static string ExpressionOf(string field)
    {
        const string claim = PasRequest.ClaimPath;
        if (LinePart().Match(field) is { Success: true } line)
        {
            return $"{claim}.item[{line.Groups[1].Value}].{line.Groups[2].Value.ToLowerInvariant() switch
            {
                "modifiers" => "modifier",
                "quantity" => "quantity",
                "placeofservice" => "locationCodeableConcept",
                _ => "productOrService",
            }}";
        }

        if (DiagnosisPart().Match(field) is { Success: true } diagnosis)
        {
            return $"{claim}.diagnosis[{diagnosis.Groups[1].Value}].diagnosisCodeableConcept";
        }

        return field.ToLowerInvariant() switch
        {
            "cin" => $"{claim}.patient",
            "requestingnpi" => $"{claim}.provider",
            "servicefrom" or "serviceto" => $"{claim}.item[0].serviced[x]",
            "diagnosiscodes" => $"{claim}.diagnosis",
            "lines" => $"{claim}.item",
            "notes" => $"{claim}.supportingInfo",
            "urgency" or "urgentcriterion" => $"{claim}.priority",
            "draftid" => $"{claim}.careTeam",
            "idempotency-key" => "Bundle.identifier",
            _ => claim,
        };
    }

    private static int? LineIndex(string field) => LinePart().Match(field) is { Success: true } line ? int.Parse(line.Groups[1].Value) : null;

    private static ValidationProblem Invalid(HttpValidationProblemDetails problem) => TypedResults.ValidationProblem(
        problem.Errors.GroupBy(e => ExpressionOf(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()), title: problem.Title);

    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(Task<HttpResponseMessage> sending, CancellationToken cancellationToken) where T : class
    {
        using var response = await sending;
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>The answer, or the owner's problem with its status (a 409 in the draft's words, a 404, a 401/403).</summary>
    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) where T : class
    {
        if (response.IsSuccessStatusCode)
        {
            return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null);
        }

        var problem = response.Content.Headers.ContentLength is 0 ? null : await ReadProblemAsync(response, cancellationToken);
        if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } invalid)
        {
            return (null, Invalid(invalid));
        }

        return (null, TypedResults.Problem(statusCode: (int)response.StatusCode, title: problem?.Title, detail: problem?.Detail));
    }

    private static async Task<ProblemDetails?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^lines\[(\d+)\]\.(\w+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LinePart();

    [GeneratedRegex(@"^diagnosisCodes\[(\d+)\]$", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosisPart();
}
