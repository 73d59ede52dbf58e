using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Eligibility.Enrollment;
using Platform.Eligibility.Members;
using Xunit;

namespace Platform.Eligibility.Tests;

/// <summary>Enrollment batches (format enrollment/1) written the way the state's feed writes them, one record per line.</summary>
internal static class EnrollmentBatches
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string NewId() => $"test-{Guid.NewGuid():N}";

    /// <summary>The header and the lines: a record is serialized, a string is taken as the raw line (to write a broken one).</summary>
    public static string Batch(string batchId, params object[] lines) => string.Join('\n',
        [JsonSerializer.Serialize(new { format = EnrollmentFile.Format, batchId }), .. lines.Select(line => line as string ?? JsonSerializer.Serialize(line, Json))]);

    public static EnrollmentRecord MemberRecord(Member member) => new(
        EnrollmentRecord.MemberKind, member.Cin, member.MedsId, member.Mbi, member.FirstName, member.LastName, member.DateOfBirth,
        member.Sex, member.PreferredLanguage);

    public static EnrollmentRecord Span(
        string cin, string program, string? pcpNpi, DateOnly start, DateOnly? end = null, decimal? shareOfCost = null,
        LineOfBusiness lineOfBusiness = LineOfBusiness.MediCal) => new(
        EnrollmentRecord.SpanKind, cin, LineOfBusiness: lineOfBusiness, Program: program, PcpNpi: pcpNpi, ShareOfCost: shareOfCost,
        StartDate: start, EndDate: end);

    public static EnrollmentRecord Termination(string cin, DateOnly lastDay) =>
        new(EnrollmentRecord.TerminationKind, cin, LineOfBusiness: LineOfBusiness.MediCal, EndDate: lastDay);

    public static EnrollmentRecord ProgramChange(string cin, string program, string? pcpNpi, DateOnly effective) =>
        new(EnrollmentRecord.ProgramKind, cin, LineOfBusiness: LineOfBusiness.MediCal, Program: program, PcpNpi: pcpNpi, EffectiveDate: effective);

    public static EnrollmentRecord PcpChange(string cin, string pcpNpi, DateOnly effective) =>
        new(EnrollmentRecord.PcpKind, cin, LineOfBusiness: LineOfBusiness.MediCal, PcpNpi: pcpNpi, EffectiveDate: effective);

    public static Task<HttpResponseMessage> PostBatchAsync(this HttpClient client, string batch) =>
        client.PostAsync("/api/v1/enrollment-batches", new StringContent(batch, Encoding.UTF8, EnrollmentBatchesApi.MediaType),
            TestContext.Current.CancellationToken);

    public static async Task<EnrollmentReport> ReportAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<EnrollmentReport>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
}
