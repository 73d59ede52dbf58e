using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Contracts.Identity;
using Platform.Dispute.Correspondence;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class CorrespondenceTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DSP_06_an_acknowledged_dispute_is_emailed_to_its_contact_and_the_office_LOA_through_SMTP_and_the_sending_is_recorded()
    {
        var (office, loa) = (Guid.NewGuid(), Address("loa"));
        await PublishAsync(new OfficeSiteAdministratorChanged(office, Guid.NewGuid(), "Lena Ortiz", loa, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(() => service.QueryAsync(db => db.OfficeAdministrators.AnyAsync(a => a.OfficeId == office, Cancellation)));
        var claim = await service.FinalizedClaimAsync();
        var contact = Address("billing");

        var dispute = await FileAsync(claim, office, contact);

        var email = await service.Mailbox.WaitForAsync(m => To(m, contact));
        Assert.Equal([contact, loa], email.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("acknowledged", email.TextBody);
        Assert.Contains(dispute.DecideBy!.Value.ToString("MM/dd/yyyy"), email.TextBody);
        // The email leaves the plan's control: no member, no claim in it.
        Assert.DoesNotContain(claim.Cin, email.TextBody);
        Assert.DoesNotContain(claim.ClaimNumber, email.ToString());
        var letter = Assert.Single(await LettersAsync(service.Office(claim), dispute));
        Assert.Equal(CorrespondenceKind.Acknowledgment, letter.Kind);
        Assert.Equal([contact, loa], letter.Recipients);
        await Eventually.TrueAsync(async () => (await LettersAsync(service.Office(claim), dispute)).Single().EmailedAt is not null);
    }

    [Fact]
    public async Task DSP_06_an_office_whose_LOA_identity_has_not_named_is_acknowledged_to_the_dispute_contact_alone()
    {
        var claim = await service.FinalizedClaimAsync();
        var contact = Address("billing");

        var dispute = await FileAsync(claim, Guid.NewGuid(), contact);

        var email = await service.Mailbox.WaitForAsync(m => To(m, contact));
        Assert.Equal([contact], email.To.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task DSP_08_a_reviewers_letter_is_on_the_correspondence_tab_and_emailed_as_a_notice_without_its_text()
    {
        var claim = await service.FinalizedClaimAsync();
        var contact = Address("billing");
        var dispute = await FileAsync(claim, Guid.NewGuid(), contact);
        await service.Mailbox.WaitForAsync(m => To(m, contact));
        using var reviewer = service.ClientWith(TestTokens.PlanStaff);

        using var written = await reviewer.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/correspondence",
            new WriteCorrespondenceRequest("InformationRequest", "Itemized bill", "Please send the itemized bill for line 1."), Cancellation);

        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var notice = await service.Mailbox.WaitForAsync(m => To(m, contact) && Subject(m).Contains("requests information"));
        Assert.Equal([contact], notice.To.Mailboxes.Select(m => m.Address));
        Assert.DoesNotContain("itemized bill for line 1", notice.TextBody);
        var letters = await LettersAsync(service.Office(claim), dispute);
        Assert.Equal([CorrespondenceKind.Acknowledgment, CorrespondenceKind.InformationRequest], letters.Select(l => l.Kind));
        Assert.Equal("Please send the itemized bill for line 1.", letters[1].Body);
    }

    [Fact]
    public async Task DSP_08_only_the_plans_reviewers_write_and_only_whoever_sees_the_dispute_reads_its_letters()
    {
        var claim = await service.FinalizedClaimAsync();
        var dispute = await service.FileAsync(claim);
        var letter = new WriteCorrespondenceRequest("Letter", "Decision", "We reprocessed line 1.");
        using var office = service.Office(claim);
        using var otherOffice = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));

        using var byOffice = await office.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/correspondence", letter, Cancellation);
        using var readByOther = await otherOffice.GetAsync($"/api/v1/disputes/{dispute.DisputeNumber}/correspondence", Cancellation);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (byOffice.StatusCode, readByOther.StatusCode));
    }

    [Fact]
    public async Task DSP_03_a_dispute_routed_to_a_health_network_gets_no_letters_from_the_plans_reviewers()
    {
        var claim = await service.FinalizedClaimAsync(healthNetwork: "ALTAMED");
        var dispute = await service.FileAsync(claim);
        using var reviewer = service.ClientWith(TestTokens.PlanStaff);

        using var response = await reviewer.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/correspondence",
            new WriteCorrespondenceRequest("Letter", "Decision", "We reprocessed line 1."), Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData("Acknowledgment", "Subject", "Body", "kind")]
    [InlineData("Letter", " ", "Body", "subject")]
    [InlineData("Letter", "Subject", "", "body")]
    public async Task DSP_08_a_letter_without_a_writable_kind_a_subject_or_a_text_is_refused_naming_the_field(string kind, string subject, string body, string field)
    {
        var dispute = await service.FileAsync(await service.FinalizedClaimAsync());
        using var reviewer = service.ClientWith(TestTokens.PlanStaff);

        using var response = await reviewer.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/correspondence",
            new WriteCorrespondenceRequest(kind, subject, body), Cancellation);

        await DisputeForms.AssertProblemAsync(response, field);
    }

    private static string Subject(MimeMessage message) => message.Subject ?? "";

    /// <summary>Dispute numbers start over in each test class's database; the recipient made for the test does not.</summary>
    private static bool To(MimeMessage message, string address) => message.To.Mailboxes.Any(m => m.Address == address);

    /// <summary>A recipient made for this test: the sink is shared, so a test knows its own mail by it.</summary>
    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@office.example";

    private async Task<DisputeResponse> FileAsync(DisputableClaim claim, Guid office, string contact)
    {
        using var client = service.ClientWith(TestTokens.ForOffice(office, [claim.BillingNpi], Modules.Disputes));
        var form = DisputeForms.Form(claim);
        using var response = await DisputeForms.SubmitAsync(client, form with { Contact = form.Contact with { Email = contact } });
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!;
    }

    private static async Task<IReadOnlyList<CorrespondenceResponse>> LettersAsync(HttpClient client, DisputeResponse dispute)
    {
        using (client)
        {
            return (await client.GetFromJsonAsync<IReadOnlyList<CorrespondenceResponse>>($"/api/v1/disputes/{dispute.DisputeNumber}/correspondence", Cancellation))!;
        }
    }

    private async Task PublishAsync<T>(T message) where T : class =>
        await service.Services.GetRequiredService<IBus>().Publish(message, Cancellation);
}
