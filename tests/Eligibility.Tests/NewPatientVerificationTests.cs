using System.Net;
using System.Text.Json.Nodes;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

/// <summary>ELG-01's new-patient check by id and date of birth, rationed so no one can find a date of birth by trying dates.</summary>
public sealed class NewPatientVerificationTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task ELG_01_no_such_member_and_a_wrong_date_of_birth_get_the_same_answer()
    {
        var patient = await PatientAsync();
        using var office = NewOffice(out _);

        var wrongDate = await AnswerAsync(office, patient.Cin, patient.DateOfBirth.AddDays(3));
        var noMember = await AnswerAsync(office, TestData.Cin(), patient.DateOfBirth);

        Assert.Equal(HttpStatusCode.NotFound, wrongDate.Status);
        Assert.Equal(wrongDate, noMember);
    }

    [Fact]
    public async Task ELG_01_a_hundred_wrong_dates_lock_the_member_and_the_right_date_no_longer_answers()
    {
        var patient = await PatientAsync();
        using var guesser = NewOffice(out var guesserId);

        var answers = new List<HttpStatusCode>();
        for (var day = 1; day <= 100; day++)
        {
            answers.Add((await AnswerAsync(guesser, patient.Cin, patient.DateOfBirth.AddDays(day))).Status);
        }

        using var rightDate = await guesser.GetAsync(Path(patient.Cin, patient.DateOfBirth), TestContext.Current.CancellationToken);
        using var another = NewOffice(out _);
        var anotherOffice = await AnswerAsync(another, patient.Cin, patient.DateOfBirth);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, NewPatientVerification.FailuresPerMember),
            .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 100 - NewPatientVerification.FailuresPerMember)], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightDate.StatusCode);
        Assert.InRange(rightDate.Headers.RetryAfter?.Delta?.TotalHours ?? 0, 23, 24);
        Assert.Equal(HttpStatusCode.TooManyRequests, anotherOffice.Status);
        // Every attempt is on the trail: the failures and the refusals, each naming the member.
        var trail = (await service.QueryAsync(AuditOutbox.EntriesAsync)).Select(e => e.Entry).Where(e => e.UserId == guesserId).ToList();
        Assert.Equal(NewPatientVerification.FailuresPerMember, trail.Count(e => e.Action == AuditActions.Execute));
        Assert.Equal(101 - NewPatientVerification.FailuresPerMember, trail.Count(e => e.Action == AuditActions.Refuse));
        Assert.All(trail, e => Assert.Equal([patient.Cin], e.MemberIds));
    }

    [Fact]
    public async Task ELG_01_a_user_who_keeps_failing_is_locked_out_of_every_member()
    {
        var patient = await PatientAsync();
        using var guesser = NewOffice(out _);

        var answers = new List<HttpStatusCode>();
        foreach (var _ in Enumerable.Range(0, 2 * NewPatientVerification.FailuresPerUser))
        {
            answers.Add((await AnswerAsync(guesser, TestData.Cin(), patient.DateOfBirth)).Status);
        }

        var rightDate = await AnswerAsync(guesser, patient.Cin, patient.DateOfBirth);

        Assert.Equal(NewPatientVerification.FailuresPerUser, answers.TakeWhile(status => status == HttpStatusCode.NotFound).Count());
        Assert.All(answers.Skip(NewPatientVerification.FailuresPerUser), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightDate.Status);
    }

    [Fact]
    public async Task ELG_01_parallel_guesses_cannot_get_past_the_limit()
    {
        var patient = await PatientAsync();
        using var guesser = NewOffice(out _);

        var answers = await Task.WhenAll(Enumerable.Range(1, 30).Select(day => AnswerAsync(guesser, patient.Cin, patient.DateOfBirth.AddDays(day))));

        Assert.Equal(NewPatientVerification.FailuresPerMember, answers.Count(a => a.Status == HttpStatusCode.NotFound));
    }

    private async Task<Member> PatientAsync()
    {
        var patient = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-1));
        await service.SaveAsync(patient);
        return patient;
    }

    private HttpClient NewOffice(out string userId)
    {
        userId = $"test-user-{Guid.NewGuid():N}";
        return service.ClientWith(TestTokens.Issue(userId, [Roles.User], [Modules.Members], [new(PlatformClaims.Npi, TestData.Npi())]));
    }

    private static string Path(string id, DateOnly dateOfBirth) => $"/api/v1/members?id={id}&dateOfBirth={dateOfBirth:yyyy-MM-dd}";

    /// <summary>The status and the body without its trace id: all a caller could tell two answers apart by.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> AnswerAsync(HttpClient office, string id, DateOnly dateOfBirth)
    {
        using var response = await office.GetAsync(Path(id, dateOfBirth), TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        body.Remove("traceId");
        return (response.StatusCode, body.ToJsonString());
    }
}
