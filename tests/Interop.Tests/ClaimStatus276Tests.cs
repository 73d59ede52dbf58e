using System.Net;
using Platform.Identity.Seed;
using Xunit;
using static Platform.Interop.Tests.X12Requests;

namespace Platform.Interop.Tests;

/// <summary>Issue 18 item 5: POST /api/x12/276, one 276 in, one 277 out from claims (CLM-01/02), a partner seeing only its network's claims (ACC-06).</summary>
[Collection(InteropCollection.Name)]
public sealed class ClaimStatus276Tests(InteropFixture fixture)
{
    private const string Path = "/api/x12/276";

    [Fact]
    public async Task A_finalized_paid_claim_found_by_its_payer_claim_number_is_F1_paid_with_its_amounts_and_payment()
    {
        using var staff = await StaffAsync(fixture);
        var cin = await EnrollAsync(staff);
        var claim = await FinalizedClaimAsync(staff, cin, DemoSeed.BehavioralTherapist.Npi, DemoSeed.PartnerNetwork, paid: true);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (response, segments) = await PostAsync(partner, Path, ClaimStatus276(cin, payerClaimNumber: claim));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ST*277*0001*005010X212", segments[2]);
        Assert.StartsWith("BHT*0010*08*ABC276XXX*", segments[3]);
        var trace = segments.IndexOf("TRN*2*ABCXYZ1");
        Assert.Matches(@$"^STC\*F1:65\*20261120\*\*120\*100\*\d{{8}}\*ACH\*20261120\*{PaymentNumber(claim)}$", segments[trace + 1]);
        Assert.Equal([$"REF*1K*{claim}", "REF*EJ*PATACCT01", "DTP*472*RD8*20260914-20260914"], segments[(trace + 2)..(trace + 5)]);
    }

    [Fact]
    public async Task A_claim_is_found_without_its_number_by_member_service_dates_billed_amount_and_provider()
    {
        using var staff = await StaffAsync(fixture);
        var cin = await EnrollAsync(staff);
        var claim = await FinalizedClaimAsync(staff, cin, DemoSeed.BehavioralTherapist.Npi, DemoSeed.PartnerNetwork, paid: false);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (_, found) = await PostAsync(partner, Path, ClaimStatus276(cin));
        var (_, otherAmount) = await PostAsync(partner, Path, ClaimStatus276(cin, billed: "121"));

        // Finalized, the payment not yet made: F0 with 3, adjudicated and awaiting the payment cycle.
        Assert.Contains(found, s => s.StartsWith("STC*F0:3*", StringComparison.Ordinal) && s.Contains("**120*100*", StringComparison.Ordinal));
        Assert.Contains($"REF*1K*{claim}", found);
        Assert.Contains(otherAmount, s => s.StartsWith("STC*A4:35*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_claim_is_A4_not_found_with_the_number_asked_for()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var number = Platform.Testing.TestData.ClaimNumber();

        var (response, segments) = await PostAsync(partner, Path, ClaimStatus276(Platform.Testing.TestData.Cin(), payerClaimNumber: number));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trace = segments.IndexOf("TRN*2*ABCXYZ1");
        Assert.StartsWith("STC*A4:35*", segments[trace + 1]);
        Assert.Equal($"REF*1K*{number}", segments[trace + 2]);
    }

    /// <summary>ACC-06: a claim outside the partner's network is not found for the partner (not its data); plan staff see it.</summary>
    [Fact]
    public async Task ACC_06_a_claim_outside_the_partners_network_is_not_found_for_the_partner()
    {
        using var staff = await StaffAsync(fixture);
        var cin = await EnrollAsync(staff, program: "CCN");
        var claim = await FinalizedClaimAsync(staff, cin, DemoSeed.AnaheimPediatrician.Npi, network: null, paid: false);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (_, forPartner) = await PostAsync(partner, Path, ClaimStatus276(cin, payerClaimNumber: claim));
        var (_, forStaff) = await PostAsync(staff, Path, ClaimStatus276(cin, payerClaimNumber: claim));

        Assert.Contains(forPartner, s => s.StartsWith("STC*A4:35*", StringComparison.Ordinal));
        Assert.Contains(forStaff, s => s.StartsWith("STC*F0:3*", StringComparison.Ordinal));
    }
}
