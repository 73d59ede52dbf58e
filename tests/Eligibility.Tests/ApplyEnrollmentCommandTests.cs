using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Eligibility.Enrollment;
using Platform.Eligibility.Members;
using Platform.Testing;
using Xunit;
using static Platform.Eligibility.Tests.EnrollmentBatches;

namespace Platform.Eligibility.Tests;

/// <summary>ELG-08 for an operator: the service binary applies a batch file as the endpoint would.</summary>
public sealed class ApplyEnrollmentCommandTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task ELG_08_the_command_applies_a_file_and_exits_2_when_some_lines_were_refused()
    {
        var member = Population.Member();
        var batchId = NewId();
        var file = Path.Combine(Path.GetTempPath(), $"{batchId}.jsonl");
        await File.WriteAllTextAsync(file, Batch(batchId, MemberRecord(member), Span(member.Cin, CoverageSpan.Direct, null, Population.Today), "not json"),
            TestContext.Current.CancellationToken);

        var exitCode = await RunAsync(file);

        File.Delete(file);
        Assert.Equal(2, exitCode);
        var batch = await service.QueryAsync(db => db.EnrollmentBatches.SingleAsync(b => b.BatchId == batchId));
        Assert.Equal((3, 2, "command:apply-enrollment"), (batch.Report.Records, batch.Report.Applied, (await AuditedSenderAsync(batchId))));
        Assert.True(await service.QueryAsync(db => db.CoverageSpans.AnyAsync(s => s.MemberCin == member.Cin)));
    }

    [Fact]
    public async Task ELG_08_the_command_exits_1_and_applies_nothing_for_a_file_without_its_header()
    {
        var member = Population.Member();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, Batch(NewId(), MemberRecord(member)).Split('\n', 2)[1], TestContext.Current.CancellationToken);

        var exitCode = await RunAsync(file);

        File.Delete(file);
        Assert.Equal(1, exitCode);
        Assert.False(await service.QueryAsync(db => db.Members.AnyAsync(m => m.Cin == member.Cin)));
    }

    private async Task<int> RunAsync(string file)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await ApplyEnrollmentCommand.Command.RunAsync(scope.ServiceProvider, [file], TestContext.Current.CancellationToken);
    }

    private async Task<string?> AuditedSenderAsync(string batchId) =>
        (await service.QueryAsync(AuditOutbox.EntriesAsync)).Single(e => e.Entry.ResourceId == batchId).Entry.UserId;
}
