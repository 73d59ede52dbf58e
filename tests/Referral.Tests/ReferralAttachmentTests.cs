using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Attachments;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;
using static Platform.Referral.Tests.ReferralWorld;

namespace Platform.Referral.Tests;

/// <summary>REF-01's attachments, by the dispute's rules (DSP-05): the same limits, types by content, all or nothing.</summary>
public sealed class ReferralAttachmentTests(ReferralFixture service) : IClassFixture<ReferralFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task REF_01_an_office_attaches_a_pdf_and_a_png_to_a_pended_referral_lists_and_downloads_them_and_the_history_notes_them()
    {
        var (world, number) = await PendedAsync();
        using var office = world.Office(service);
        var pdf = SampleFiles.Pdf();

        using var response = await UploadAsync(office, number, ("records.pdf", pdf), ("x-ray.png", SampleFiles.Png));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/referrals/{number}/attachments", response.Headers.Location?.OriginalString);
        var uploaded = (await response.Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!;
        Assert.Equal([("records.pdf", "application/pdf"), ("x-ray.png", "image/png")], uploaded.Select(a => (a.FileName, a.ContentType)));
        Assert.Equal(uploaded, await office.GetFromJsonAsync<AttachmentResponse[]>($"/api/v1/referrals/{number}/attachments", Cancellation));
        using var reviewer = Reviewer(service);
        Assert.Equal(uploaded, await reviewer.GetFromJsonAsync<AttachmentResponse[]>($"/api/v1/referrals/{number}/attachments", Cancellation));

        using var download = await office.GetAsync($"/api/v1/referrals/{number}/attachments/{uploaded[0].Id}", Cancellation);
        Assert.Equal(pdf, await download.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), uploaded[0].Sha256);
        Assert.Equal(("application/pdf", "records.pdf"), (download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentDisposition?.FileName));
        Assert.True(download.Headers.CacheControl?.NoStore);

        // The submitter and the reviewer see the files in the referral's history; the referral stays pended.
        var seen = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{number}", Cancellation);
        var last = seen.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("Pended", "2 files attached"), (last.GetProperty("status").GetString(), last.GetProperty("note").GetString()));
        Assert.Equal("Pended", seen.GetProperty("status").GetString());
    }

    [Fact]
    public async Task REF_01_a_renamed_executable_is_refused_naming_its_part_and_nothing_of_the_request_is_kept()
    {
        var (world, number) = await PendedAsync();
        var before = await StoredAsync(number);

        using var response = await UploadAsync(world.Office(service), number, ("records.pdf", SampleFiles.Pdf()), ("invoice.pdf", SampleFiles.Exe));

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "file[1]", "PDF (.pdf), Word (.docx), Excel (.xlsx)");
        Assert.Equal(before, await StoredAsync(number));
        Assert.Equal(0, before.Attachments);
    }

    [Fact]
    public async Task REF_01_more_than_five_files_are_refused_and_none_of_them_is_kept()
    {
        var (world, number) = await PendedAsync();
        var before = await StoredAsync(number);

        using var response = await UploadAsync(world.Office(service), number, [.. Enumerable.Range(1, 6).Select(i => ($"page-{i}.pdf", SampleFiles.Pdf()))]);

        await Problems.AssertFieldAsync(response, HttpStatusCode.BadRequest, "file", "A referral takes at most 5 files; it has 0.");
        Assert.Equal(before, await StoredAsync(number));
        using var office = world.Office(service);
        var history = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{number}", Cancellation)).GetProperty("history");
        Assert.DoesNotContain(history.EnumerateArray(), step => step.GetProperty("note").GetString()?.Contains("attached", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task REF_01_an_approved_referral_takes_no_more_files()
    {
        var (world, number) = await PendedAsync();
        using var reviewer = Reviewer(service);
        await Step(await reviewer.PostAsJsonAsync($"/api/v1/referrals/{number}/decision", new { decision = "Approve" }, Cancellation));
        var before = await StoredAsync(number);

        using var response = await UploadAsync(world.Office(service), number, ("records.pdf", SampleFiles.Pdf()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await StoredAsync(number));
    }

    [Fact]
    public async Task REF_01_another_office_can_neither_list_nor_add_to_nor_download_a_referral_s_attachments()
    {
        var (world, number) = await PendedAsync();
        using var uploaded = await UploadAsync(world.Office(service), number, ("records.pdf", SampleFiles.Pdf()));
        var attachment = Assert.Single((await uploaded.Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!);
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Referrals));
        var before = await StoredAsync(number);

        using var list = await stranger.GetAsync($"/api/v1/referrals/{number}/attachments", Cancellation);
        using var upload = await UploadAsync(stranger, number, ("records.pdf", SampleFiles.Pdf()));
        using var download = await stranger.GetAsync($"/api/v1/referrals/{number}/attachments/{attachment.Id}", Cancellation);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { list.StatusCode, upload.StatusCode, download.StatusCode });
        Assert.Equal(before, await StoredAsync(number));
    }

    [Fact]
    public async Task REF_01_ACC_05_an_upload_is_audited_as_a_change_and_a_list_and_a_download_as_reads_each_naming_the_member()
    {
        var (world, number) = await PendedAsync();
        using var office = world.Office(service);
        using var refused = await UploadAsync(office, number, ("invoice.pdf", SampleFiles.Exe));

        using var response = await UploadAsync(office, number, ("records.pdf", SampleFiles.Pdf()));
        var attachment = Assert.Single((await response.Content.ReadFromJsonAsync<AttachmentResponse[]>(Cancellation))!);
        using var list = await office.GetAsync($"/api/v1/referrals/{number}/attachments", Cancellation);
        using var download = await office.GetAsync($"/api/v1/referrals/{number}/attachments/{attachment.Id}", Cancellation);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.OK), (refused.StatusCode, list.StatusCode, download.StatusCode));
        var trail = (await service.QueryAsync(AuditOutbox.EntriesAsync)).Select(e => e.Entry)
            .Where(e => e.ResourceId.StartsWith($"{number}/attachments", StringComparison.Ordinal)).ToList();
        Assert.Equal([("Create", $"{number}/attachments"), ("Read", $"{number}/attachments"), ("Read", $"{number}/attachments/{attachment.Id}")],
            trail.Select(e => (e.Action, e.ResourceId)));
        Assert.All(trail, e => Assert.Equal([world.Cin], e.MemberIds));
    }

    [Fact]
    public async Task REF_01_the_OpenAPI_document_declares_the_upload_as_multipart_files_with_every_status()
    {
        using var anonymous = service.CreateClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancellation);

        var upload = document.GetProperty("paths").GetProperty("/api/v1/referrals/{referralNumber}/attachments").GetProperty("post");
        Assert.True(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.Equal(["201", "400", "401", "403", "404", "409", "413", "415"], upload.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
    }

    [Fact]
    public async Task REF_01_files_come_as_multipart_form_data_and_a_json_body_is_refused_with_415()
    {
        var (world, number) = await PendedAsync();

        using var json = await world.Office(service).PostAsJsonAsync($"/api/v1/referrals/{number}/attachments", new { file = "records.pdf" }, Cancellation);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(0, (await StoredAsync(number)).Attachments);
    }

    /// <summary>A knee arthroscopy: outpatient surgery needs a clinician, so it pends (REF-12).</summary>
    private async Task<(ReferralWorld World, string Number)> PendedAsync()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);
        var referral = await world.SubmittedAsync(office, world.Specialist, [Line("29881")]);
        Assert.Equal("Pended", referral.GetProperty("status").GetString());
        return (world, referral.GetProperty("referralNumber").GetString()!);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), AttachmentUploads.Field, name);
        }

        return await client.PostAsync($"/api/v1/referrals/{number}/attachments", form, Cancellation);
    }

    /// <summary>The referral's attachment rows, and the large objects of the whole database: a refused upload must leave both as they were.</summary>
    private Task<(int Attachments, long LargeObjects)> StoredAsync(string number) => service.QueryAsync(async db => (
        await db.Attachments.CountAsync(a => a.ReferralId == db.Referrals.Single(r => r.ReferralNumber == number).Id, Cancellation),
        await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_largeobject_metadata").SingleAsync(Cancellation)));
}
