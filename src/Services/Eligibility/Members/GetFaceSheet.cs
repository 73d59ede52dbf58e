using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Members;

/// <summary>ELG-04 [LINK privacy]: demographics without street address, phone or clinical summaries.</summary>
public sealed record MemberDemographics(
    string Cin, string MedsId, string? Mbi, string FirstName, string LastName, DateOnly DateOfBirth, string Sex, string PreferredLanguage);

/// <summary>
/// ELG-04: <see cref="Current"/> is the span that makes the member eligible today (its network and PCP), null when
/// not eligible; <see cref="Coverage"/> the whole history, newest first; <see cref="ClaimsLastTwoYears"/> the claims
/// received with a date of service in the last two years (from the claims service's events);
/// <see cref="ReferralsLastTwoYears"/> the referrals submitted in the same window, cancelled ones included, as
/// Referral Lookup lists them (REF-11; from the referral service's events).
/// </summary>
public sealed record FaceSheetResponse(
    MemberDemographics Member, DateOnly AsOf, EligibilityStatus Status, CoverageView? Current, IReadOnlyList<CoverageView> Coverage,
    int ClaimsLastTwoYears, int ReferralsLastTwoYears);

public static class GetFaceSheet
{
    public static RouteHandlerBuilder MapGetFaceSheet(this RouteGroupBuilder members) => members
        .MapGet("/{cin}/face-sheet", async Task<Results<Ok<FaceSheetResponse>, ValidationProblem, ProblemHttpResult>> (
            string cin, CallerScope scope, EligibilityDbContext db, ProgramNames programNames, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!Cin.TryParse(cin, out var parsed))
            {
                return Problems.Invalid(nameof(cin), "A CIN is eight digits followed by a letter.");
            }

            // ACC-01/06: a member outside the caller's scope is not found, never forbidden.
            if (await db.VisibleMembers(scope).AsNoTracking().Include(m => m.Spans)
                    .SingleOrDefaultAsync(m => m.Cin == parsed.Value, cancellationToken) is not { } member)
            {
                return Problems.NotFound($"Member {parsed.Value}");
            }

            var today = time.PlanToday();
            var eligibility = EligibilityRule.AsOf(member.Spans, today);
            var names = await CoverageNames.LoadAsync(db, programNames, member.Spans, cancellationToken);
            var history = member.Spans.OrderByDescending(s => s.StartDate).Select(names.View).ToList();
            var twoYearsAgo = today.AddYears(-2);
            var claims = await db.MemberClaims.CountAsync(c => c.Cin == member.Cin && c.ServiceFrom >= twoYearsAgo, cancellationToken);
            // REF-11: the same window as Referral Lookup by member, over the plan's day each was submitted.
            var referrals = await db.MemberReferrals.CountAsync(r => r.Cin == member.Cin && r.SubmittedOn >= twoYearsAgo, cancellationToken);
            // ACC-05: durable before the face sheet leaves the service.
            await audit.RecordReadAsync("MemberFaceSheet", member.Cin, [member.Cin], ct: cancellationToken);
            return TypedResults.Ok(new FaceSheetResponse(
                new MemberDemographics(member.Cin, member.MedsId, member.Mbi, member.FirstName, member.LastName, member.DateOfBirth,
                    member.Sex, member.PreferredLanguage),
                today,
                eligibility.Status,
                eligibility.Span is { } current ? names.View(current) : null,
                history,
                claims,
                referrals));
        })
        .WithName("GetMemberFaceSheet")
        .WithSummary("A member's demographics, eligibility today, network, PCP, coverage history and counts of claims and referrals (ELG-04), if in the caller's scope.");
}
