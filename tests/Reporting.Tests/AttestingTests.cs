using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Attestations;
using Platform.ServiceDefaults.Outbox;
using Xunit;
using static Platform.Reporting.Tests.AttestationWorld;

namespace Platform.Reporting.Tests;

public sealed class AttestingTests(ReportingFixture service) : IClassFixture<ReportingFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly object Attested = new { attendees = new[] { "Ana Reyes", "Luis Ortiz" }, attested = true };

    [Fact]
    public async Task RPT_05_an_attestation_is_started_once_per_provider_kind_and_period()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        using var first = await office.PostAsJsonAsync("/api/v1/attestations", new { npi = world.Overdue.Npi, kind = "initial" }, Cancellation);
        using var again = await office.PostAsJsonAsync("/api/v1/attestations", new { npi = world.Overdue.Npi, kind = "INITIAL" }, Cancellation);
        var annual = await StartAsync(office, world.Overdue.Npi, "annual");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var started = await first.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(started.GetProperty("id").GetString(), (await again.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString());
        Assert.NotEqual(started.GetProperty("id").GetString(), annual.GetProperty("id").GetString());
        Assert.Equal(($"{Today.Year}-12-31", "Pending"), (annual.GetProperty("dueDate").GetString(), annual.GetProperty("status").GetString()));
        Assert.Equal(MaterialCodes, started.GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.All(started.GetProperty("materials").EnumerateArray(), m => Assert.False(m.GetProperty("opened").GetBoolean()));
    }

    [Fact]
    public async Task RPT_05_an_attestation_is_refused_until_every_material_is_opened()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);
        var id = (await StartAsync(office, world.Overdue.Npi)).GetProperty("id").GetString()!;
        foreach (var code in MaterialCodes[..4])
        {
            await OpenAsync(office, id, code);
        }

        using var refused = await SubmitAsync(office, id, Attested);

        var problem = await AssertProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(["Fraud, Waste, and Abuse Training", "DEI Training"], problem.GetProperty("unopenedMaterials").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("Fraud, Waste, and Abuse Training", problem.GetProperty("detail").GetString());
        Assert.False(await service.QueryAsync(db => db.Attestations.AnyAsync(a => a.Npi == world.Overdue.Npi && a.SubmittedAt != null)));
    }

    [Fact]
    public async Task RPT_05_each_opened_material_is_recorded_by_the_server_once()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);
        var id = (await StartAsync(office, world.Recent.Npi)).GetProperty("id").GetString()!;

        var first = await OpenAsync(office, id, "DEI");
        var again = await OpenAsync(office, id, "DEI");
        using var unknown = await office.PostAsync($"/api/v1/attestations/{id}/materials/NO_SUCH/opened", null, Cancellation);

        var opened = first.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "DEI");
        Assert.True(opened.GetProperty("opened").GetBoolean());
        // The same instant, as PostgreSQL keeps it (to the microsecond).
        Assert.Equal(opened.GetProperty("openedAt").GetDateTimeOffset(),
            again.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "DEI").GetProperty("openedAt").GetDateTimeOffset(),
            TimeSpan.FromMicroseconds(1));
        Assert.Equal(1, await service.QueryAsync(db => db.Set<Attestations.MaterialOpening>().CountAsync(o => o.AttestationId == Guid.Parse(id))));
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RPT_05_a_submission_records_who_when_and_the_attendees_announces_it_through_the_outbox_and_shows_Submitted()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);
        var id = await AllOpenedAsync(office, world.Overdue.Npi);

        using var submitted = await SubmitAsync(office, id, new { attendees = new[] { " Ana Reyes ", "Luis Ortiz" }, attested = true });

        var attestation = await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(("Submitted", false), (attestation.GetProperty("status").GetString(), attestation.GetProperty("overdue").GetBoolean()));
        Assert.Equal(["Ana Reyes", "Luis Ortiz"], attestation.GetProperty("attendees").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("test-user-", attestation.GetProperty("submittedBy").GetString());
        Assert.NotEqual(JsonValueKind.Null, attestation.GetProperty("submittedAt").ValueKind);
        var events = await service.QueryAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.StartsWith(typeof(AttestationSubmitted).FullName!) && EF.Functions.JsonContains(m.Payload, $"{{\"attestationId\":\"{id}\"}}"))
            .Select(m => m.Payload).ToListAsync());
        var announced = JsonDocument.Parse(Assert.Single(events)).RootElement;
        Assert.Equal((world.Overdue.Npi, world.Tin, "Initial"), (announced.GetProperty("npi").GetString(), announced.GetProperty("tin").GetString(), announced.GetProperty("kind").GetString()));
        var row = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/attestations?kind=initial&npi={world.Overdue.Npi}", Cancellation)).GetProperty("items")[0];
        Assert.Equal(("Submitted", false), (row.GetProperty("status").GetString(), row.GetProperty("overdue").GetBoolean()));
        var list = await office.GetFromJsonAsync<JsonElement>($"/api/v1/attestations/providers/{world.Overdue.Npi}", Cancellation);
        Assert.Contains(list.GetProperty("attestations").EnumerateArray(), a => a.GetProperty("kind").GetString() == "Initial" && a.GetProperty("status").GetString() == "Submitted");
    }

    [Fact]
    public async Task RPT_05_a_submitted_attestation_cannot_be_submitted_again()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);
        var id = await AllOpenedAsync(office, world.Recent.Npi);
        (await SubmitAsync(office, id, Attested)).EnsureSuccessStatusCode();

        using var again = await SubmitAsync(office, id, Attested);

        await AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(1, await service.QueryAsync(db => db.Set<OutboxMessage>()
            .CountAsync(m => m.Type.StartsWith(typeof(AttestationSubmitted).FullName!) && EF.Functions.JsonContains(m.Payload, $"{{\"attestationId\":\"{id}\"}}"))));
    }

    public static TheoryData<string, string> BadSubmissions => new()
    {
        { """{"attested":true}""", "attendees" },
        { """{"attendees":[],"attested":true}""", "attendees" },
        { """{"attendees":["  "],"attested":true}""", "attendees" },
        { $$"""{"attendees":["{{new string('a', 101)}}"],"attested":true}""", "attendees" },
        { """{"attendees":["Ana Reyes"]}""", "attested" },
        { """{"attendees":["Ana Reyes"],"attested":false}""", "attested" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task RPT_05_a_submission_without_attendees_or_the_attestation_box_is_a_400_naming_it(string body, string field)
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);
        var id = await AllOpenedAsync(office, world.Overdue.Npi);

        using var response = await office.PostAsync($"/api/v1/attestations/{id}/submission", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task ACC_01_another_offices_provider_and_attestation_are_not_found()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);
        using var otherOffice = service.ClientWith(Testing.TestTokens.ForProviders([world.Other.Npi], ServiceDefaults.Auth.Modules.Attestation));
        var theirs = (await StartAsync(otherOffice, world.Other.Npi)).GetProperty("id").GetString();

        using var start = await office.PostAsJsonAsync("/api/v1/attestations", new { npi = world.Other.Npi, kind = "initial" }, Cancellation);
        using var read = await office.GetAsync($"/api/v1/attestations/{theirs}", Cancellation);
        using var open = await office.PostAsync($"/api/v1/attestations/{theirs}/materials/DEI/opened", null, Cancellation);
        using var submit = await SubmitAsync(office, theirs!, Attested);

        foreach (var response in new[] { start, read, open, submit })
        {
            await AssertProblemAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task RPT_05_a_start_without_a_valid_provider_id_or_kind_is_a_400_naming_it()
    {
        var world = await CreateAsync(service);
        using var office = world.OfficeClient(service);

        using var response = await office.PostAsJsonAsync("/api/v1/attestations", new { npi = "12345", kind = "monthly" }, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "npi");
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
    }

    private static async Task<string> AllOpenedAsync(HttpClient office, string npi)
    {
        var id = (await StartAsync(office, npi)).GetProperty("id").GetString()!;
        foreach (var code in MaterialCodes)
        {
            await OpenAsync(office, id, code);
        }

        return id;
    }
}
