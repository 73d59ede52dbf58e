using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.Interop.Fhir;
using Platform.Interop.Owners;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>
/// Issue 18: an owner's answer as the partner API passes it on — a 400 names the FHIR parameter, 403 stays 403, and an
/// owner that fails, answers garbage or cannot be reached is a transient 503, never a 500. Against a real local server.
/// </summary>
public sealed class OwnerReadsTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Parameters = new() { ["after"] = FhirSearch.Cursor };

    private WebApplication owner = null!;
    private HttpClient client = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        owner = builder.Build();
        owner.MapGet("/invalid", () => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["after must be the next value of a previous page."] }));
        owner.MapGet("/forbidden", () => TypedResults.StatusCode(StatusCodes.Status403Forbidden));
        owner.MapGet("/fails", () => TypedResults.StatusCode(StatusCodes.Status500InternalServerError));
        owner.MapGet("/garbled", () => TypedResults.Text("<html>not json</html>", "application/json"));
        owner.MapGet("/missing", () => TypedResults.NotFound());
        await owner.StartAsync(Cancel);
        var address = owner.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await owner.DisposeAsync();
    }

    [Fact]
    public async Task An_owners_400_names_the_fhir_parameter_for_the_owners_field()
    {
        var invalid = await Assert.ThrowsAsync<FhirInputException>(() => client.GetAsync<object>("/invalid", Parameters, Cancel));

        Assert.Equal(FhirSearch.Cursor, invalid.Field);
    }

    [Fact]
    public async Task An_owners_404_is_no_value() => Assert.Null(await client.GetAsync<object>("/missing", Parameters, Cancel));

    [Theory]
    [InlineData("/forbidden", StatusCodes.Status403Forbidden)]
    [InlineData("/fails", StatusCodes.Status503ServiceUnavailable)]
    [InlineData("/garbled", StatusCodes.Status503ServiceUnavailable)]
    public async Task An_owners_refusal_keeps_its_status_and_its_failure_is_unavailable(string path, int status) =>
        Assert.Equal(status, (await Assert.ThrowsAsync<OwnerFailureException>(() => client.GetAsync<Dictionary<string, int>>(path, Parameters, Cancel))).Status);

    [Fact]
    public async Task An_owner_that_cannot_be_reached_is_unavailable()
    {
        using var unreachable = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:1") };

        var failure = await Assert.ThrowsAsync<OwnerFailureException>(() => unreachable.GetAsync<object>("/anything", Parameters, Cancel));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, failure.Status);
    }
}
