using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;
using static Platform.Interop.Tests.X12Requests;

namespace Platform.Interop.Tests;

/// <summary>
/// Issue 18 item 5 "malformed X12 gets a 999, never a 500": an interchange that cannot be followed is a TA1, a wrong
/// group or set a 999 (HTTP 200, the real-time norm); what is no X12 at all, or no body, a 400 naming "body".
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class X12RejectionTests(InteropFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Any270 => Eligibility270("12345678A");

    [Fact]
    public async Task An_interchange_cut_short_is_rejected_by_a_TA1_premature_end()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var text = Any270;

        var (response, segments) = await PostAsync(partner, "/api/x12/270", text[..text.IndexOf("IEA*", StringComparison.Ordinal)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TA1*000000905*261207*0930*R*023", segments[1]);
        Assert.StartsWith("IEA*0*", segments[2]);
    }

    [Fact]
    public async Task A_276_sent_to_the_270_endpoint_is_rejected_by_a_999_as_a_group_and_set_not_supported()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (response, segments) = await PostAsync(partner, "/api/x12/270", ClaimStatus276("12345678A"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["ST*999*0001*005010X231A1", "AK1*HR*1*005010X212", "AK2*276*1234*005010X212", "IK5*R*1", "AK9*R*1*1*0*1"], segments[2..7]);
    }

    [Fact]
    public async Task A_270_of_another_version_is_rejected_by_a_999_as_a_version_not_supported()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (_, segments) = await PostAsync(partner, "/api/x12/270", Any270.Replace("005010X279A1", "004010X092A1", StringComparison.Ordinal));

        Assert.Contains("IK5*R*I6", segments);
        Assert.Contains("AK9*R*1*1*0*2", segments);
    }

    /// <summary>005010X279A1: the 2100C subscriber name is required; its absence is IK3 required segment missing, in loop 2100C.</summary>
    [Fact]
    public async Task A_270_without_the_subscribers_NM1_is_rejected_by_a_999_naming_the_missing_segment()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var body = Any270;
        var nm1 = body.IndexOf("NM1*IL*", StringComparison.Ordinal);
        // The set without its NM1, its SE counting one segment less.
        var text = body.Remove(nm1, body.IndexOf('~', nm1) - nm1 + 1).Replace("SE*11*", "SE*10*", StringComparison.Ordinal);

        var (response, segments) = await PostAsync(partner, "/api/x12/270", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["AK2*270*1234*005010X279A1", "IK3*NM1*8*2100C*3", "IK5*R*5", "AK9*R*1*1*0"], segments[4..8]);
    }

    [Fact]
    public async Task A_set_whose_trailer_miscounts_is_rejected_by_a_999_with_IK5_4()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (_, segments) = await PostAsync(partner, "/api/x12/276", ClaimStatus276("12345678A").Replace("SE*16*", "SE*17*", StringComparison.Ordinal));

        Assert.Contains("IK5*R*4", segments);
    }

    [Theory]
    [InlineData("this is not X12", "text/plain")]
    [InlineData("", "application/edi-x12")]
    [InlineData("{\"isa\":1}", "application/json")]
    public async Task No_interchange_an_empty_body_or_another_content_type_is_a_400_naming_body(string body, string contentType)
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        using var response = await partner.PostAsync("/api/x12/270", new StringContent(body, Encoding.UTF8, contentType), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Theory]
    [InlineData("/api/x12/270")]
    [InlineData("/api/x12/276")]
    public async Task Without_a_token_the_X12_endpoints_answer_401(string path)
    {
        using var anonymous = fixture.Gateway();

        var (response, _) = await PostAsync(anonymous, path, Any270);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
