using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Reporting.Directory;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Reporting.Tests;

/// <summary>
/// One test's providers in the reporting service's directory copy: an office of two on one TIN — one who joined 40 days
/// ago (initial overdue), one 5 days ago (initial due in 25) — and another office's provider, outside the office's collection.
/// </summary>
public sealed record AttestationWorld(string Tag, string Tin, ReportingProvider Overdue, ReportingProvider Recent, ReportingProvider Other)
{
    public static readonly string[] MaterialCodes = ["NEW_PROVIDER", "CULTURAL_COMPETENCY", "DISABILITY_AWARENESS", "ONECARE_MOC", "FWA", "DEI"];

    public static DateOnly Today => TimeProvider.System.PlanToday();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The office's two providers' NPIs.</summary>
    public IEnumerable<string> Office => [Overdue.Npi, Recent.Npi];

    public static async Task<AttestationWorld> CreateAsync(ReportingFixture service)
    {
        var tag = $"T{Guid.NewGuid():N}"[..9];
        var tin = $"9{Random.Shared.Next(10_000_000, 99_999_999)}";
        var world = new AttestationWorld(tag, tin,
            Provider($"{tag} Overdue, MD", tin, Today.AddDays(-40)), Provider($"{tag} Recent, MD", tin, Today.AddDays(-5)),
            Provider($"{tag} Elsewhere, MD", $"8{Random.Shared.Next(10_000_000, 99_999_999)}", Today.AddDays(-40)));
        await service.QueryAsync(db =>
        {
            db.Providers.AddRange(world.Overdue, world.Recent, world.Other);
            return db.SaveChangesAsync();
        });
        return world;
    }

    /// <summary>ACC-01: a user of the office acting for its two providers, with the Attestation module.</summary>
    public HttpClient OfficeClient(ReportingFixture service, params string[] permissions) =>
        service.ClientWith(TestTokens.ForProviders(Office, permissions is [] ? [Modules.Attestation] : permissions));

    public static async Task<JsonElement> StartAsync(HttpClient office, string npi, string kind = "initial")
    {
        using var response = await office.PostAsJsonAsync("/api/v1/attestations", new { npi, kind }, Cancellation);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    public static async Task<JsonElement> OpenAsync(HttpClient office, string attestationId, string code)
    {
        using var response = await office.PostAsync($"/api/v1/attestations/{attestationId}/materials/{code}/opened", null, Cancellation);
        return await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient office, string attestationId, object body) =>
        office.PostAsJsonAsync($"/api/v1/attestations/{attestationId}/submission", body, Cancellation);

    /// <summary>An RFC 9457 answer of the status; with a field, one whose errors name it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for {field}: {body}");
        }

        return problem;
    }

    private static ReportingProvider Provider(string name, string tin, DateOnly joined) => new()
    {
        Npi = TestData.Npi(), Tin = tin, Name = name, Type = "PCP", Specialty = "Family Medicine", Networks = ["CCN"], JoinedOn = joined,
    };
}
