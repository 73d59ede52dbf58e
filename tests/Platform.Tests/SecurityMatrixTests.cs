using System.Net;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// ACC-01…06 through the gateway: every endpoint × who calls → the status they must get. 401 without a token, 403
/// without the module or role, 404 for PHI outside the caller's collection or network (existence never leaks).
/// Later issues add their endpoints here.
/// </summary>
[Collection(SecuredPlatform.Name)]
public sealed class SecurityMatrixTests(SecuredPlatformFixture platform)
{
    private sealed record Row(string Method, string Path, int[] Expected, string Body = "{}");

    /// <summary>A body sent as multipart/form-data (boundary b) rather than JSON: one PDF part named file, as an upload route takes.</summary>
    private const string MultipartPdf = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"eob.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--b--\r\n";

    private static readonly Row[] Rows =
    [
        //                                                                   anon user hLoa cLoa  EA  staff partner
        new("GET", "/api/identity/v1/me",                                    [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/identity/v1/admin/users",                           [401, 403, 200, 200, 200, 403, 403]),
        new("GET", "/api/identity/v1/admin/users/{user:coastLoa}",           [401, 403, 404, 200, 200, 403, 403]),
        new("POST", "/api/identity/v1/admin/users/{user:coastLoa}/deactivation", [401, 403, 404, 409, 409, 403, 403]),
        new("POST", "/api/identity/v1/admin/users/{user:coastLoa}/reactivation", [401, 403, 404, 200, 200, 403, 403]),
        new("GET", "/api/identity/v1/admin/offices",                         [401, 403, 200, 200, 200, 403, 403]),
        new("GET", "/api/identity/v1/admin/offices/{office:coast}/collections", [401, 403, 404, 200, 200, 403, 403]),
        new("PUT", "/api/identity/v1/admin/offices/{office:coast}/site-administrator", [401, 403, 404, 200, 200, 403, 403],
            """{"userId":"{user:coastLoa}"}"""),
        new("GET", "/api/identity/v1/admin/providers",                       [401, 403, 200, 200, 200, 403, 403]),
        new("GET", "/api/identity/v1/audit-entries",                         [401, 403, 403, 403, 200, 403, 403]),
        // Issue 18, SMART Backend Services: only the EA registers a partner's keys (this empty key set: 400, nothing stored).
        new("PUT", "/api/identity/v1/admin/partner-clients/altamed-api/jwks", [401, 403, 403, 403, 400, 403, 403]),
        new("POST", "/api/claims/v1/claims",                                 [401, 403, 403, 403, 403, 400, 403]),
        new("GET", "/api/claims/v1/claims/{claim:own}",                      [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/claims/v1/claims/{claim:office}",                   [401, 404, 200, 404, 200, 200, 404]),
        new("GET", "/api/claims/v1/claims/{claim:partner}",                  [401, 404, 404, 200, 200, 200, 200]),
        new("GET", "/api/claims/v1/claims?claimNumber={claim:own}",          [401, 200, 200, 200, 200, 200, 200]),
        new("POST", "/api/claims/v1/payments",                               [401, 403, 403, 403, 403, 400, 403]),
        new("GET", "/api/claims/v1/payments",                                [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/claims/v1/payments/{payment:own}/remittance",       [401, 200, 200, 404, 200, 200, 404]),
        new("POST", "/api/claims/v1/claims/{claim:missing}/adjudication",    [401, 403, 403, 403, 403, 404, 403],
            """{"status":"Finalized","lines":[{"lineNumber":1,"allowedAmount":1.00,"payableAmount":1.00}]}"""),
        // DSP-04/06/07: dates, not PHI: every caller with the Disputes permission.
        new("GET", "/api/dispute/v1/deadlines/filing?lastDetermination=2026-10-15", [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/dispute/v1/deadlines/decision?received=2026-11-02", [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/dispute/v1/disputable-claims",                      [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/dispute/v1/disputable-claims/{claim:own}",          [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/dispute/v1/disputable-claims/{claim:partner}",      [401, 404, 404, 200, 200, 200, 200]),
        // The body is an empty form: whoever may file a dispute is told what is missing.
        new("POST", "/api/dispute/v1/disputes",                              [401, 400, 400, 400, 400, 400, 400]),
        new("GET", "/api/dispute/v1/disputes?claimNumber={claim:own}",       [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/dispute/v1/disputes/queue",                         [401, 403, 403, 403, 403, 200, 200]),
        new("GET", "/api/dispute/v1/disputes/{dispute:own}",                 [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/dispute/v1/disputes/{dispute:partner}",             [401, 404, 404, 200, 200, 200, 200]),
        // DSP-03/10: the plan's reviewers and the network's API client review and decide (each its own disputes); whoever
        // sees a dispute may withdraw it (none here exists).
        new("POST", "/api/dispute/v1/disputes/{dispute:missing}/review",     [401, 403, 403, 403, 403, 404, 404]),
        new("POST", "/api/dispute/v1/disputes/{dispute:missing}/resolution", [401, 403, 403, 403, 403, 400, 400]),
        new("POST", "/api/dispute/v1/disputes/{dispute:missing}/withdrawal", [401, 404, 404, 404, 404, 404, 404]),
        // DSP-08: whoever sees a dispute reads its letters; only its reviewers write one (a valid letter, no such dispute).
        new("GET", "/api/dispute/v1/disputes/{dispute:own}/correspondence",     [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/dispute/v1/disputes/{dispute:partner}/correspondence", [401, 404, 404, 200, 200, 200, 200]),
        new("POST", "/api/dispute/v1/disputes/{dispute:missing}/correspondence", [401, 403, 403, 403, 403, 404, 404],
            """{"kind":"Letter","subject":"Decision","body":"We reprocessed line 1."}"""),
        // DSP-05: a dispute's files, as its own scope; the JSON body here is not the multipart form an upload takes (415).
        new("GET", "/api/dispute/v1/disputes/{dispute:own}/attachments",     [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/dispute/v1/disputes/{dispute:partner}/attachments", [401, 404, 404, 200, 200, 200, 200]),
        new("POST", "/api/dispute/v1/disputes/{dispute:own}/attachments",    [401, 415, 415, 404, 415, 415, 404]),
        new("POST", "/api/dispute/v1/disputes/{dispute:partner}/attachments", [401, 404, 404, 415, 415, 415, 415]),
        new("GET", "/api/dispute/v1/disputes/{dispute:own}/attachments/{attachment:own}", [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/dispute/v1/disputes/{dispute:partner}/attachments/{attachment:own}", [401, 404, 404, 404, 404, 404, 404]),
        // RST-01: the roster is for those granted its permission (403 for the plan's reviewers and the partner, who lack it);
        // ACC-01: another office's roster, member or provider is not found.
        new("GET", "/api/roster/v1/rosters/{npi:own}/members",               [401, 200, 200, 404, 200, 403, 403]),
        new("GET", "/api/roster/v1/rosters/{npi:coast}/members",             [401, 404, 404, 200, 200, 403, 403]),
        new("GET", "/api/roster/v1/rosters/{npi:own}/members?rosterType=BH&memberId={member:own}", [401, 200, 200, 404, 200, 403, 403]),
        new("GET", "/api/roster/v1/rosters?memberId={member:own}",           [401, 200, 200, 200, 200, 403, 403]),
        new("GET", "/api/roster/v1/rosters/providers?name=a",                [401, 200, 200, 200, 200, 403, 403]),
        // The body is empty: whoever may add is told what is missing.
        new("POST", "/api/roster/v1/rosters/entries",                        [401, 400, 400, 400, 400, 403, 403]),
        new("POST", "/api/roster/v1/rosters/entries",                        [401, 404, 404, 404, 201, 403, 403],
            """{"memberId":"{member:own}","providerNpis":["{npi:coast}"]}"""),
        new("POST", "/api/roster/v1/rosters/entries",                        [401, 404, 404, 404, 201, 403, 403],
            """{"memberId":"{member:partner}","providerNpis":["{npi:own}"]}"""),
        new("DELETE", "/api/roster/v1/rosters/entries/{entry:missing}",      [401, 404, 404, 404, 404, 403, 403]),
        new("GET", "/api/eligibility/v1/health-networks",                    [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/eligibility/v1/access-standards",                   [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/eligibility/v1/providers?search=Reyes",             [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/eligibility/v1/members?id={member:own}",            [401, 200, 200, 404, 200, 200, 404]),
        // ELG-01: any office verifies a new patient by exact id and date of birth; a partner only its own members.
        new("GET", "/api/eligibility/v1/members?id={member:own}&dateOfBirth={dob:own}", [401, 200, 200, 200, 200, 200, 404]),
        new("GET", "/api/eligibility/v1/members?id={member:partner}",        [401, 404, 404, 200, 200, 200, 200]),
        new("GET", "/api/eligibility/v1/members/{member:own}/face-sheet",    [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/eligibility/v1/members/{member:partner}/face-sheet", [401, 404, 404, 200, 200, 200, 200]),
        new("GET", "/api/eligibility/v1/providers/{npi:own}/iha-due",        [401, 200, 200, 404, 200, 200, 200]),
        // ELG-08: only the plan's staff send the state's enrollment changes (this body is a header-less batch: 400).
        new("POST", "/api/eligibility/v1/enrollment-batches",                [401, 403, 403, 403, 403, 400, 403]),
        new("GET", "/api/eligibility/v1/enrollment-batches/never-sent",      [401, 403, 403, 403, 403, 404, 403]),
        new("GET", "/api/referral/v1/authorization-exemptions",              [401, 200, 200, 200, 200, 200, 200]),
        // REF-02: the PA code lists are no PHI: whoever has Referrals reads them; only plan staff load one (here as JSON: 415).
        new("GET", "/api/referral/v1/pa-code-lists",                         [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/referral/v1/pa-code-lists/2026-Q4",                 [401, 200, 200, 200, 200, 200, 200]),
        new("PUT", "/api/referral/v1/pa-code-lists/2030-Q4",                 [401, 403, 403, 403, 403, 415, 403]),
        new("GET", "/api/referral/v1/prior-authorization/requirements?code=70551&serviceDate=2026-11-15", [401, 200, 200, 200, 200, 200, 200]),
        // REF-06…09: whoever has Referrals starts a draft; a draft is its author's alone (none here exists).
        new("POST", "/api/referral/v1/referral-drafts",                      [401, 201, 201, 201, 201, 201, 201]),
        new("GET", "/api/referral/v1/referral-drafts/{draft:missing}",       [401, 404, 404, 404, 404, 404, 404]),
        new("PUT", "/api/referral/v1/referral-drafts/{draft:missing}/servicing-provider", [401, 404, 404, 404, 404, 404, 404], """{"npi":"{npi:specialist}"}"""),
        new("POST", "/api/referral/v1/referral-drafts/{draft:missing}/tertiary-warning", [401, 404, 404, 404, 404, 404, 404], """{"choice":"Continue"}"""),
        new("PUT", "/api/referral/v1/referral-drafts/{draft:missing}/redirect", [401, 404, 404, 404, 404, 404, 404], """{"allow":true}"""),
        // REF-01/11/13: an empty submission is told what is missing; lookups are scoped; only plan reviewers see the queue and decide.
        new("POST", "/api/referral/v1/referrals",                            [401, 400, 400, 400, 400, 400, 400]),
        new("GET", "/api/referral/v1/referrals",                             [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/referral/v1/referrals/queue",                       [401, 403, 403, 403, 403, 200, 403]),
        new("GET", "/api/referral/v1/referrals/{referral:own}",              [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/referral/v1/referrals/{referral:partner}",          [401, 404, 404, 200, 200, 200, 200]),
        new("POST", "/api/referral/v1/referrals/{referral:missing}/decision", [401, 403, 403, 403, 403, 404, 403], """{"decision":"Approve"}"""),
        new("POST", "/api/referral/v1/referrals/{referral:missing}/information-requests", [401, 403, 403, 403, 403, 404, 403], """{"text":"Send the report."}"""),
        new("POST", "/api/referral/v1/referrals/{referral:missing}/information", [401, 404, 404, 404, 404, 404, 404], """{"text":"Report attached."}"""),
        new("POST", "/api/referral/v1/referrals/{referral:own}/cancellation", [401, 409, 409, 404, 409, 409, 404]),
        // REF-01: a referral's files, scoped as the referral; an upload answers 404, then 415 (not a multipart form), then
        // 409 ({referral:own} is approved: files are added while it is pended), in the dispute's order.
        new("GET", "/api/referral/v1/referrals/{referral:own}/attachments",     [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/referral/v1/referrals/{referral:partner}/attachments", [401, 404, 404, 200, 200, 200, 200]),
        new("POST", "/api/referral/v1/referrals/{referral:own}/attachments",    [401, 415, 415, 404, 415, 415, 404]),
        new("POST", "/api/referral/v1/referrals/{referral:own}/attachments",    [401, 409, 409, 404, 409, 409, 404], MultipartPdf),
        new("POST", "/api/referral/v1/referrals/{referral:partner}/attachments", [401, 404, 404, 415, 415, 415, 415]),
        new("GET", "/api/referral/v1/referrals/{referral:own}/attachments/{attachment:own}", [401, 404, 404, 404, 404, 404, 404]),
        // REF-13/CMS-0057-F: the public prior-authorization metrics, aggregate and PHI-free: everyone, even without a token.
        new("GET", "/api/referral/v1/prior-authorization/metrics?quarter=2026-Q4", [200, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/reporting/v1/training-materials",                   [401, 200, 200, 200, 200, 403, 403]),
        // RPT-04/05: attesting is the offices' task (the Attestation module: not the plan's reviewers nor the partner);
        // due dates are no PHI; a provider, or an attestation of one, outside the caller's collections is not found.
        new("GET", "/api/reporting/v1/attestations/due-date?kind=initial&joined=2026-11-02", [401, 200, 200, 200, 200, 403, 403]),
        new("GET", "/api/reporting/v1/attestations?kind=initial",            [401, 200, 200, 200, 200, 403, 403]),
        new("GET", "/api/reporting/v1/attestations?kind=annual&npi={npi:own}", [401, 400, 400, 400, 400, 403, 403]),
        new("GET", "/api/reporting/v1/attestations/providers/{npi:own}",     [401, 200, 200, 404, 200, 403, 403]),
        new("GET", "/api/reporting/v1/attestations/providers/{npi:coast}",   [401, 404, 404, 200, 200, 403, 403]),
        // {attestation:own} was started by the demo user, so starting it again answers 200 with it.
        new("POST", "/api/reporting/v1/attestations",                        [401, 200, 200, 404, 200, 403, 403], """{"npi":"{npi:own}","kind":"initial"}"""),
        new("POST", "/api/reporting/v1/attestations",                        [401, 400, 400, 400, 400, 403, 403]),
        new("GET", "/api/reporting/v1/attestations/{attestation:own}",       [401, 200, 200, 404, 200, 403, 403]),
        new("GET", "/api/reporting/v1/attestations/{attestation:missing}",   [401, 404, 404, 404, 404, 403, 403]),
        new("POST", "/api/reporting/v1/attestations/{attestation:own}/materials/DEI/opened", [401, 200, 200, 404, 200, 403, 403]),
        // Five materials are never opened here, so a valid submission is refused (409) wherever the attestation is visible.
        new("POST", "/api/reporting/v1/attestations/{attestation:own}/submission", [401, 409, 409, 404, 409, 403, 403],
            """{"attendees":["Ana Reyes"],"attested":true}"""),
        new("POST", "/api/reporting/v1/attestations/{attestation:missing}/submission", [401, 404, 404, 404, 404, 403, 403],
            """{"attendees":["Ana Reyes"],"attested":true}"""),
        // RPT-02: the PDC views for the Reports module (the partner client has none); a network or provider not the
        // caller's is not found. Both offices' providers contract through CCN (so COD too), neither through Kaiser.
        new("GET", "/api/reporting/v1/pdc/health-networks",                  [401, 200, 200, 200, 200, 200, 403]),
        new("GET", "/api/reporting/v1/pdc/health-networks/CCN/workbook",     [401, 200, 200, 200, 200, 200, 403]),
        new("GET", "/api/reporting/v1/pdc/health-networks/KAISER/workbook",  [401, 404, 404, 404, 200, 200, 403]),
        new("GET", "/api/reporting/v1/pdc/providers",                        [401, 200, 200, 200, 200, 200, 403]),
        new("GET", "/api/reporting/v1/pdc/workbook",                         [401, 200, 200, 200, 200, 200, 403]),
        new("GET", "/api/reporting/v1/pdc/workbook?npi={npi:own}",           [401, 200, 200, 404, 200, 200, 403]),
        new("GET", "/api/reporting/v1/pdc/workbook?npi={npi:coast}",         [401, 404, 404, 200, 200, 200, 403]),
        // RPT-01: the BHI measure's counts per provider for whoever has Reports; a provider's members only for their office or the plan.
        new("GET", "/api/reporting/v1/bhi/providers",                        [401, 200, 200, 200, 200, 200, 403]),
        new("GET", "/api/reporting/v1/bhi/providers?by=prescriber&year=2026", [401, 200, 200, 200, 200, 200, 403]),
        new("GET", "/api/reporting/v1/bhi/providers/{npi:own}?year=2026",    [401, 200, 200, 404, 200, 200, 403]),
        new("GET", "/api/reporting/v1/bhi/providers/{npi:coast}",            [401, 404, 404, 200, 200, 200, 403]),
        // Issue 18, the FHIR R4 partner API: the CapabilityStatement is public. A member outside the caller's scope is not
        // found on read and matches nothing in a search (an empty searchset: 200). ACC-06 for the Bulk Data kick-off: a
        // partner's own network, or the plan's staff (here without Prefer: respond-async, so 400); an office has no group.
        // An export's status and files are its requester's only.
        new("GET", "/api/fhir/r4/metadata",                                  [200, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/fhir/r4/Patient/{member:own}",                      [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/fhir/r4/Patient/{member:partner}",                  [401, 404, 404, 200, 200, 200, 200]),
        new("GET", "/api/fhir/r4/Patient?identifier={member:own}",           [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/fhir/r4/Coverage?patient=Patient/{member:partner}", [401, 200, 200, 200, 200, 200, 200]),
        // A Coverage's id is {CIN}-{line of business}-{first day}: the fixture's members are Medi-Cal from 2026-01-01.
        new("GET", "/api/fhir/r4/Coverage/{member:own}-MC-20260101",         [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/fhir/r4/Coverage/{member:partner}-MC-20260101",     [401, 404, 404, 200, 200, 200, 200]),
        new("GET", "/api/fhir/r4/ExplanationOfBenefit?patient=Patient/{member:own}", [401, 200, 200, 200, 200, 200, 200]),
        new("GET", "/api/fhir/r4/ExplanationOfBenefit/{claim:own}",          [401, 200, 200, 404, 200, 200, 404]),
        new("GET", "/api/fhir/r4/ExplanationOfBenefit/{claim:partner}",      [401, 404, 404, 200, 200, 200, 200]),
        new("GET", "/api/fhir/r4/.well-known/smart-configuration",           [200, 200, 200, 200, 200, 200, 200]),
        // Da Vinci PAS for whoever may submit referrals; "{}" is no Bundle (400 OperationOutcome).
        new("POST", "/api/fhir/r4/Claim/$submit",                            [401, 400, 400, 400, 400, 400, 400]),
        new("POST", "/api/fhir/r4/Claim/$inquire",                           [401, 400, 400, 400, 400, 400, 400]),
        new("GET", "/api/fhir/r4/Group/ALTAMED/$export",                     [401, 404, 404, 404, 400, 400, 400]),
        new("GET", "/api/fhir/r4/Group/CHOC/$export",                        [401, 404, 404, 404, 400, 400, 404]),
        new("GET", "/api/fhir/r4/$export-status/{draft:missing}",            [401, 404, 404, 404, 404, 404, 404]),
        new("DELETE", "/api/fhir/r4/$export-status/{draft:missing}",         [401, 404, 404, 404, 404, 404, 404]),
        new("GET", "/api/fhir/r4/$export-file/{draft:missing}",              [401, 404, 404, 404, 404, 404, 404]),
        // X12 real time: a 270 for the Members permission, a 276 for Claims; JSON is not an interchange (400 naming body).
        new("POST", "/api/x12/270",                                          [401, 400, 400, 400, 400, 400, 400]),
        new("POST", "/api/x12/276",                                          [401, 400, 400, 400, 400, 400, 400]),
    ];

    public static TheoryData<string, string, string, Persona, int> Cells()
    {
        var cells = new TheoryData<string, string, string, Persona, int>();
        foreach (var row in Rows)
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                cells.Add(row.Method, row.Path, row.Body, persona, row.Expected[(int)persona]);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ACC_01_to_06_each_endpoint_answers_each_caller_as_the_matrix_says(string method, string path, string body, Persona persona, int expected)
    {
        using var client = platform.As(persona);
        using var request = new HttpRequestMessage(new HttpMethod(method), platform.Resolve(path));
        if (method != "GET")
        {
            request.Content = body == MultipartPdf
                ? new StringContent(body, new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data") { Parameters = { new("boundary", "b") } })
                : new StringContent(platform.Resolve(body), System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
    }
}
