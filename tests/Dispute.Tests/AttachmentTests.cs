using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Attachments;
using Platform.Contracts.Attachments;
using Platform.Dispute.Attachments;
using Platform.Dispute.Data;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class AttachmentTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DSP_05_an_office_attaches_five_files_lists_them_and_downloads_one_as_it_was_sent()
    {
        var (claim, dispute) = await FiledAsync();
        using var office = service.Office(claim);
        var docx = SampleFiles.Docx();

        using var response = await UploadAsync(office, dispute, ("eob.pdf", SampleFiles.Pdf()), ("scan.png", SampleFiles.Png), ("photo.jpeg", SampleFiles.Jpeg),
            ("letter.docx", docx), ("lines.xlsx", SampleFiles.Xlsx()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/disputes/{dispute.DisputeNumber}/attachments", response.Headers.Location?.OriginalString);
        var uploaded = (await response.Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!;
        Assert.Equal(["eob.pdf", "scan.png", "photo.jpeg", "letter.docx", "lines.xlsx"], uploaded.Select(a => a.FileName));
        Assert.Equal(["application/pdf", "image/png", "image/jpeg", AttachmentLimits.Docx.ContentType, AttachmentLimits.Xlsx.ContentType], uploaded.Select(a => a.ContentType));
        var listed = await office.GetFromJsonAsync<AttachmentResponse[]>($"/api/v1/disputes/{dispute.DisputeNumber}/attachments", Cancellation);
        Assert.Equal(uploaded, listed);

        using var download = await office.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}/attachments/{uploaded[3].Id}", Cancellation);
        var bytes = await download.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal(docx, bytes);
        Assert.Equal((docx.Length, Convert.ToHexStringLower(SHA256.HashData(docx))), (uploaded[3].Size, uploaded[3].Sha256));
        Assert.Equal(AttachmentLimits.Docx.ContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "letter.docx"), (download.Content.Headers.ContentDisposition?.DispositionType, download.Content.Headers.ContentDisposition?.FileName));
        Assert.True(download.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task DSP_05_files_are_added_while_the_dispute_is_open_up_to_five_and_a_sixth_is_refused_with_nothing_more_stored()
    {
        var (claim, dispute) = await FiledAsync();
        using var office = service.Office(claim);
        (await UploadAsync(office, dispute, Pdfs(3))).EnsureSuccessStatusCode();
        (await UploadAsync(office, dispute, Pdfs(2))).EnsureSuccessStatusCode();
        var before = await StoredAsync(dispute);

        using var sixth = await UploadAsync(office, dispute, Pdfs(1));

        var problem = await DisputeForms.AssertProblemAsync(sixth, "file");
        Assert.Equal("A dispute takes at most 5 files; it has 5.", Assert.Single(problem.Errors["file"]));
        Assert.Equal((5, before.LargeObjects), await StoredAsync(dispute));
    }

    [Fact]
    public async Task DSP_05_a_request_with_more_files_than_the_dispute_has_room_for_stores_none_of_them()
    {
        var (claim, dispute) = await FiledAsync();
        using var office = service.Office(claim);
        (await UploadAsync(office, dispute, Pdfs(3))).EnsureSuccessStatusCode();
        var before = await StoredAsync(dispute);

        using var response = await UploadAsync(office, dispute, Pdfs(3));

        var problem = await DisputeForms.AssertProblemAsync(response, "file");
        Assert.Equal("A dispute takes at most 5 files; it has 3.", Assert.Single(problem.Errors["file"]));
        Assert.Equal(before, await StoredAsync(dispute));
    }

    [Fact]
    public async Task DSP_05_a_file_of_exactly_25_MB_is_taken()
    {
        var (claim, dispute) = await FiledAsync();
        var file = SampleFiles.Pdf((int)AttachmentLimits.MaxBytes);

        using var response = await UploadAsync(service.Office(claim), dispute, ("big.pdf", file));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = Assert.Single((await response.Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!);
        Assert.Equal((AttachmentLimits.MaxBytes, Convert.ToHexStringLower(SHA256.HashData(file))), (stored.Size, stored.Sha256));
    }

    [Fact]
    public async Task DSP_05_a_file_one_byte_over_25_MB_is_refused_naming_the_limit_and_nothing_of_the_request_is_stored()
    {
        var (claim, dispute) = await FiledAsync();
        var before = await StoredAsync(dispute);

        using var response = await UploadAsync(service.Office(claim), dispute, ("small.pdf", SampleFiles.Pdf()), ("big.pdf", SampleFiles.Pdf((int)AttachmentLimits.MaxBytes + 1)));

        var problem = await DisputeForms.AssertProblemAsync(response, "file[1]");
        Assert.Contains("at most 25 MB", Assert.Single(problem.Errors["file[1]"]));
        Assert.Equal(before, await StoredAsync(dispute));
    }

    [Theory]
    [InlineData("an executable renamed .pdf", "invoice.pdf")]
    [InlineData("a ZIP that is no Office document", "letter.docx")]
    [InlineData("a macro-enabled document renamed .docx", "macro.docx")]
    public async Task DSP_05_a_file_is_judged_by_its_content_not_its_name_and_one_bad_file_keeps_the_whole_request_out(string what, string name)
    {
        var content = what.StartsWith("an executable", StringComparison.Ordinal) ? SampleFiles.Exe
            : what.StartsWith("a ZIP", StringComparison.Ordinal) ? SampleFiles.Zip() : SampleFiles.Docm();
        var (claim, dispute) = await FiledAsync();
        var before = await StoredAsync(dispute);

        using var response = await UploadAsync(service.Office(claim), dispute, ("eob.pdf", SampleFiles.Pdf()), ("scan.png", SampleFiles.Png), (name, content));

        var problem = await DisputeForms.AssertProblemAsync(response, "file[2]");
        Assert.Contains("PDF (.pdf), Word (.docx), Excel (.xlsx)", Assert.Single(problem.Errors["file[2]"]));
        Assert.Equal(before, await StoredAsync(dispute));
    }

    [Fact]
    public async Task DSP_05_a_name_with_a_path_is_kept_as_its_last_segment_and_served_so()
    {
        var (claim, dispute) = await FiledAsync();
        using var office = service.Office(claim);

        using var response = await UploadAsync(office, dispute, ("../../etc/passwd.pdf", SampleFiles.Pdf()), ("..\\..\\x.pdf", SampleFiles.Pdf()), ("...", SampleFiles.Gif));

        var stored = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!;
        Assert.Equal(["passwd.pdf", "x.pdf", "attachment.gif"], stored.Select(a => a.FileName));
        using var download = await office.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}/attachments/{stored[0].Id}", Cancellation);
        Assert.Equal("passwd.pdf", download.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task ACC_01_another_office_can_neither_list_nor_add_to_nor_download_a_dispute_s_attachments()
    {
        var (claim, dispute) = await FiledAsync();
        using var response = await UploadAsync(service.Office(claim), dispute, ("eob.pdf", SampleFiles.Pdf()));
        var attachment = Assert.Single((await response.Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!);
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));
        var before = await StoredAsync(dispute);

        using var list = await stranger.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}/attachments", Cancellation);
        using var upload = await UploadAsync(stranger, dispute, ("eob.pdf", SampleFiles.Pdf()));
        using var download = await stranger.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}/attachments/{attachment.Id}", Cancellation);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { list.StatusCode, upload.StatusCode, download.StatusCode });
        Assert.Equal(before, await StoredAsync(dispute));
    }

    [Fact]
    public async Task DSP_05_an_attachment_of_another_dispute_or_none_is_not_found_under_this_one()
    {
        var (claim, dispute) = await FiledAsync();
        var (_, other) = await FiledAsync(claim.BillingNpi);
        using var office = service.Office(claim);
        using var response = await UploadAsync(office, other, ("eob.pdf", SampleFiles.Pdf()));
        var elsewhere = Assert.Single((await response.Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!);

        using var misplaced = await office.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}/attachments/{elsewhere.Id}", Cancellation);
        using var unknown = await office.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}/attachments/{Guid.NewGuid()}", Cancellation);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (misplaced.StatusCode, unknown.StatusCode));
    }

    [Theory]
    [InlineData(DisputeStatus.Resolved)]
    [InlineData(DisputeStatus.Withdrawn)]
    public async Task DSP_05_a_decided_or_withdrawn_dispute_takes_no_more_files(DisputeStatus status)
    {
        var (claim, dispute) = await FiledAsync();
        // After its acknowledgment (DSP-06), which would otherwise race the step taken here as a reviewer or the office would.
        await Eventually.TrueAsync(() => service.QueryAsync(db => db.Disputes.AnyAsync(d => d.DisputeNumber == dispute.DisputeNumber && d.Status == DisputeStatus.Acknowledged)));
        await service.QueryAsync(db => db.Disputes.Where(d => d.DisputeNumber == dispute.DisputeNumber).ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, status)));
        var before = await StoredAsync(dispute);

        using var response = await UploadAsync(service.Office(claim), dispute, ("eob.pdf", SampleFiles.Pdf()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal((0, before.LargeObjects), await StoredAsync(dispute));
    }

    [Fact]
    public async Task DSP_05_files_come_as_multipart_form_data_parts_named_file()
    {
        var (claim, dispute) = await FiledAsync();
        using var office = service.Office(claim);
        var address = $"/api/v1/disputes/{dispute.DisputeNumber}/attachments";

        using var json = await office.PostAsJsonAsync(address, new { file = "eob.pdf" }, Cancellation);
        using var misnamed = new MultipartFormDataContent { { new ByteArrayContent(SampleFiles.Pdf()), "document", "eob.pdf" } };
        using var wrongPart = await office.PostAsync(address, misnamed, Cancellation);
        using var none = await office.PostAsync(address, Multipart("--b--\r\n"), Cancellation);
        using var truncated = await office.PostAsync(address, Multipart("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-"), Cancellation);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        await DisputeForms.AssertProblemAsync(wrongPart, "file[0]");
        await DisputeForms.AssertProblemAsync(none, "file");
        await DisputeForms.AssertProblemAsync(truncated, "body");
        Assert.Equal(0, (await StoredAsync(dispute)).Attachments);
    }

    [Fact]
    public async Task DSP_05_the_store_reads_back_what_it_wrote_seeking_anywhere_and_a_deleted_object_is_gone()
    {
        var content = RandomNumberGenerator.GetBytes(3 * LargeObjectStore.ChunkSize + 17);
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisputeDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
        await using var transaction = await db.Database.BeginTransactionAsync(Cancellation);

        var stored = (await store.WriteAsync(new MemoryStream(content), content.Length, Cancellation))!;
        await using var read = await store.OpenReadAsync(stored.Oid, stored.Size, Cancellation);
        var all = new MemoryStream();
        await read.CopyToAsync(all, Cancellation);
        read.Seek(-20, SeekOrigin.End);
        var tail = new byte[20];
        await read.ReadExactlyAsync(tail, Cancellation);
        var refused = await store.WriteAsync(new MemoryStream(content), content.Length - 1, Cancellation);
        await store.DeleteAsync(stored.Oid, Cancellation);
        var left = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_largeobject_metadata WHERE oid = {stored.Oid}").SingleAsync(Cancellation);

        Assert.Equal((content.Length, Convert.ToHexStringLower(SHA256.HashData(content))), (stored.Size, stored.Sha256));
        Assert.Equal(content, all.ToArray());
        Assert.Equal(content[^20..], tail);
        Assert.Null(refused);
        Assert.Equal(0, left);
    }

    private async Task<(DisputableClaim Claim, DisputeResponse Dispute)> FiledAsync(string? billingNpi = null)
    {
        var claim = await service.FinalizedClaimAsync(billingNpi: billingNpi);
        return (claim, await service.FileAsync(claim));
    }

    /// <summary>A multipart body written by hand, with the boundary b.</summary>
    private static StringContent Multipart(string body) =>
        new(body, new MediaTypeHeaderValue("multipart/form-data") { Parameters = { new NameValueHeaderValue("boundary", "b") } });

    private static (string, byte[])[] Pdfs(int count) => [.. Enumerable.Range(1, count).Select(i => ($"page-{i}.pdf", SampleFiles.Pdf()))];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, DisputeResponse dispute, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), UploadAttachments.Field, name);
        }

        return await client.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/attachments", form, Cancellation);
    }

    /// <summary>The dispute's attachment rows, and the large objects of the whole database: a refused upload must leave both as they were.</summary>
    private Task<(int Attachments, long LargeObjects)> StoredAsync(DisputeResponse dispute) => service.QueryAsync(async db => (
        await db.Attachments.CountAsync(a => a.DisputeId == db.Disputes.Single(d => d.DisputeNumber == dispute.DisputeNumber).Id, Cancellation),
        await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_largeobject_metadata").SingleAsync(Cancellation)));
}
