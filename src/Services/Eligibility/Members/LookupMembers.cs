using Platform.Contracts.Dates;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Members;

public sealed record MemberSummary(string Cin, string MedsId, string? Mbi, string FirstName, string LastName, DateOnly DateOfBirth)
{
    public static MemberSummary Of(Member member) => new(member.Cin, member.MedsId, member.Mbi, member.FirstName, member.LastName, member.DateOfBirth);
}

/// <summary>
/// One member's eligibility on the date of service. <see cref="Member"/>, <see cref="PcpNpi"/> and
/// <see cref="ShareOfCost"/> are null in a verification of a member outside the caller's scope (see LookupMembers).
/// </summary>
public sealed record MemberLookupResult(
    MemberSummary? Member,
    EligibilityStatus Status,
    LineOfBusiness? LineOfBusiness,
    string? Network,
    string? NetworkName,
    string? PcpNpi,
    string? PcpName,
    decimal? ShareOfCost);

public sealed record MemberLookupResponse(DateOnly DateOfService, IReadOnlyList<MemberLookupResult> Results);

public static class LookupMembers
{
    private static ValidationProblem? DateProblem(DateOnly? dateOfBirth, DateOnly? dateOfService, DateOnly today) =>
        dateOfBirth is { } born && DateBounds.Birth(born, today) is { } birthProblem ? Problems.Invalid(nameof(dateOfBirth), birthProblem)
        : dateOfService is { } day && DateBounds.EligibilityDate(day, today) is { } serviceProblem ? Problems.Invalid(nameof(dateOfService), serviceProblem)
        : null;

    /// <summary>A last name and date of birth match a handful of members; more means the search is too broad.</summary>
    public const int MaxResults = 50;

    public static RouteHandlerBuilder MapLookupMembers(this RouteGroupBuilder members) => members
        .MapGet("/", async Task<Results<Ok<MemberLookupResponse>, ValidationProblem, ProblemHttpResult>> (
            CallerScope scope, Lazy<EligibilityDbContext> database, MemberEntries entries, ProgramNames programNames, IAuditTrail audit, TimeProvider time,
            ClaimsPrincipal user, NewPatientVerification verification, HttpResponse response, CancellationToken cancellationToken,
            string? id = null, string? lastName = null, string? firstName = null, DateOnly? dateOfBirth = null, DateOnly? dateOfService = null) =>
        {
            // ELG-02: as of the date of service, today by default.
            var asOf = dateOfService ?? time.PlanToday();
            if (DateProblem(dateOfBirth, dateOfService, time.PlanToday()) is { } dateProblem)
            {
                return dateProblem;
            }

            if (id is not null)
            {
                return await ById(id, dateOfBirth, asOf, scope, entries, programNames, audit, user, verification, response, cancellationToken);
            }

            if (string.IsNullOrWhiteSpace(lastName))
            {
                return Problems.Invalid(nameof(id), "Enter a member id, or a last name and date of birth.");
            }

            if (dateOfBirth is not { } born)
            {
                return Problems.Invalid(nameof(dateOfBirth), "A name search needs the member's date of birth.");
            }

            var last = lastName.Trim().ToLower();
            var first = firstName?.Trim().ToLower();
            var db = database.Value;
            var found = await db.VisibleMembers(scope).AsNoTracking().Include(m => m.Spans)
                .Where(m => m.LastName.ToLower() == last && m.DateOfBirth == born)
                .Where(m => first == null || m.FirstName.ToLower().StartsWith(first))
                .OrderBy(m => m.Cin)
                .Take(MaxResults)
                .ToListAsync(cancellationToken);
            var names = await CoverageNames.LoadAsync(db, programNames, found.SelectMany(m => m.Spans), cancellationToken);
            var results = found.Select(m => Full(MemberSummary.Of(m), EligibilityRule.AsOf(m.Spans, asOf), names))
                .OrderBy(r => r.Status)
                .ThenBy(r => r.Member!.LastName)
                .ThenBy(r => r.Member!.FirstName)
                .ToList();
            // ACC-05: a search is one read of every member it shows ("*": a list, not one member).
            await audit.RecordReadAsync("MemberEligibility", "*", [.. found.Select(m => m.Cin)], ct: cancellationToken);
            return TypedResults.Ok(new MemberLookupResponse(asOf, results));
        })
        .WithName("LookupMembers")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .WithSummary("Members by CIN, MEDS ID or MBI in one field, or by name and date of birth, with their eligibility on the date of service (ELG-01/02).");

    private static async Task<Results<Ok<MemberLookupResponse>, ValidationProblem, ProblemHttpResult>> ById(
        string id, DateOnly? dateOfBirth, DateOnly dateOfService, CallerScope scope, MemberEntries entries, ProgramNames programNames,
        IAuditTrail audit, ClaimsPrincipal user, NewPatientVerification verification, HttpResponse response, CancellationToken cancellationToken)
    {
        if (MemberIdentifier.Parse(id) is not { } identifier)
        {
            return Problems.Invalid(nameof(id), MemberIdentifier.Formats);
        }

        // The scope is tested on every request, in memory, whether the member came from the cache or the database.
        var member = await entries.FindAsync(identifier, cancellationToken);
        var inScope = member is not null && member.Spans.AreVisibleTo(scope);
        if (member is not null && inScope && dateOfBirth is not null && member.Member.DateOfBirth != dateOfBirth)
        {
            return Problems.NotFound("The member");
        }

        // ACC-01 with one exception [EDU: "always verify eligibility prior to rendering service"]: a new patient is
        // not yet in the office's collection, so the exact id with the exact date of birth verifies eligibility for
        // provider office's Members user — status, line of business, network and PCP name, never the demographics or
        // history. Not a partner's: a health network treats no one and sees only its own members (ACC-06). The check
        // is rationed (NewPatientVerification), and answers alike for no such member and a wrong date.
        if (!inScope)
        {
            if (dateOfBirth is null || scope.Network is not null)
            {
                return Problems.NotFound("The member");
            }

            var outcome = await verification.VerifyAsync(
                user.FindFirstValue(PlatformClaims.Subject) ?? "", member?.Member.Cin ?? identifier.Value, member?.Member.Cin,
                matches: member?.Member.DateOfBirth == dateOfBirth, cancellationToken);
            if (outcome.LockedFor is { } wait)
            {
                response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many new-patient verifications did not match.",
                    detail: "Verification by id and date of birth is paused for this user or this member. Check the member's card, try again after the time in Retry-After, or call the plan's Customer Service.");
            }

            if (!outcome.Verified)
            {
                return Problems.NotFound("The member");
            }
        }

        var eligibility = EligibilityRule.AsOf(member!.Spans, dateOfService);
        var names = new CoverageNames(await programNames.GetAsync(cancellationToken), member.PcpNames);
        var result = inScope ? Full(member.Member, eligibility, names) : VerificationOnly(eligibility, names);
        await audit.RecordReadAsync("MemberEligibility", member.Member.Cin, [member.Member.Cin], ct: cancellationToken);
        return TypedResults.Ok(new MemberLookupResponse(dateOfService, [result]));
    }

    private static MemberLookupResult VerificationOnly(MemberEligibility eligibility, CoverageNames names) => new(
        null,
        eligibility.Status,
        eligibility.Span?.LineOfBusiness,
        eligibility.Span?.Program,
        eligibility.Span is { } span ? names.ProgramName(span.Program) : null,
        null,
        names.PcpName(eligibility.Span?.PcpNpi),
        null);

    private static MemberLookupResult Full(MemberSummary member, MemberEligibility eligibility, CoverageNames names) => VerificationOnly(eligibility, names) with
    {
        Member = member,
        PcpNpi = eligibility.Span?.PcpNpi,
        ShareOfCost = eligibility.Span?.ShareOfCost,
    };
}
