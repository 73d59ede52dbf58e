using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Eligibility.Enrollment;
using Platform.Eligibility.Members;
using Platform.Testing;

namespace Platform.Tests.Chaos;

/// <summary>
/// A steady mix of writes through the gateway, as a plan's intake and the state's enrollment feed send them: claims
/// recorded then finalized, and enrollment batches. Each write is retried, unchanged, until it settles — what a
/// careful client does when an answer is lost — so that a write applied by an attempt whose answer never came is
/// applied once, not twice.
/// </summary>
public sealed class SubmissionMix(Func<HttpClient> gateway, int workers, string claimsMember)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly ConcurrentQueue<Submission> ledger = new();
    private readonly ConcurrentDictionary<(int Phase, string Answer), int> answers = new();
    private readonly CancellationTokenSource stopping = new();
    private Task running = Task.CompletedTask;

    /// <summary>The fault under way; each submission is counted against the phase it started in.</summary>
    public int Phase { get; set; }

    public IReadOnlyCollection<Submission> Ledger => ledger;

    /// <summary>Answers other than success by phase: "503", "500", "transport" (no answer at all), ….</summary>
    public IReadOnlyDictionary<(int Phase, string Answer), int> Answers => answers;

    public void Start() => running = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));

    /// <summary>No new writes; those under way go on until they settle.</summary>
    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        await running;
    }

    private async Task WorkAsync()
    {
        using var client = gateway();
        client.Timeout = TimeSpan.FromSeconds(15);
        for (var round = 0; !stopping.IsCancellationRequested; round++)
        {
            if (round % 3 == 2)
            {
                await EnrollAsync(client);
            }
            else if (await RecordClaimAsync(client) is { } claimNumber)
            {
                await SendAsync(client, new Submission(SubmissionKind.Finalization, claimNumber, Phase),
                    () => JsonContent.Create(TestClaims.Finalization(95.00m, 80.00m)), $"{TestClaims.IntakePath}/{claimNumber}/adjudication");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private async Task<string?> RecordClaimAsync(HttpClient client)
    {
        var claimNumber = TestData.ClaimNumber();
        var claim = TestClaims.Claim(claimNumber, claimsMember, TestData.Npi(), 95.00m, "2026-10-05");
        var submission = new Submission(SubmissionKind.Claim, claimNumber, Phase);
        await SendAsync(client, submission, () => JsonContent.Create(claim), TestClaims.IntakePath);
        return submission.Outcome == SubmissionOutcome.Accepted ? claimNumber : null;
    }

    private Task EnrollAsync(HttpClient client)
    {
        var batchId = $"chaos-{Guid.NewGuid():N}";
        var cin = TestData.Cin();
        string[] lines =
        [
            JsonSerializer.Serialize(new { format = EnrollmentFile.Format, batchId }),
            JsonSerializer.Serialize(new EnrollmentRecord(EnrollmentRecord.MemberKind, cin, TestData.MedsId(), FirstName: "Chaos", LastName: "Member",
                DateOfBirth: new DateOnly(1984, 3, 9), Sex: "F", PreferredLanguage: "English"), Json),
            JsonSerializer.Serialize(new EnrollmentRecord(EnrollmentRecord.SpanKind, cin, LineOfBusiness: LineOfBusiness.MediCal, Program: "CCN",
                StartDate: new DateOnly(2026, 11, 1)), Json),
        ];
        return SendAsync(client, new Submission(SubmissionKind.EnrollmentBatch, batchId, Phase) { Cin = cin },
            () => new StringContent(string.Join('\n', lines), Encoding.UTF8, EnrollmentBatchesApi.MediaType), "/api/eligibility/v1/enrollment-batches");
    }

    private async Task SendAsync(HttpClient client, Submission submission, Func<HttpContent> body, string path)
    {
        ledger.Enqueue(submission);
        var deadline = DateTime.UtcNow + Deadline;
        while (submission.Outcome == SubmissionOutcome.Unsettled && DateTime.UtcNow < deadline)
        {
            submission.Attempts++;
            try
            {
                using var response = await client.PostAsync(path, body());
                submission.Outcome = Settle(response.StatusCode);
                if (submission.Outcome == SubmissionOutcome.Unsettled || submission.Outcome == SubmissionOutcome.Refused)
                {
                    Count(((int)response.StatusCode).ToString());
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                Count("transport");
            }

            if (submission.Outcome == SubmissionOutcome.Unsettled)
            {
                await Task.Delay(RetryPause);
            }
        }

        void Count(string answer) => answers.AddOrUpdate((submission.Phase, answer), 1, (_, count) => count + 1);
    }

    /// <summary>
    /// A retry that meets its own earlier write answers 200 (a claim or a determination sent again, a batch replayed):
    /// the write accepted. Anything in 4xx, a 409 included, is refused, which the test counts as a fault.
    /// </summary>
    private static SubmissionOutcome Settle(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Created => SubmissionOutcome.Accepted,
        HttpStatusCode.OK => SubmissionOutcome.Accepted,
        >= HttpStatusCode.InternalServerError => SubmissionOutcome.Unsettled,
        _ => SubmissionOutcome.Refused,
    };
}
