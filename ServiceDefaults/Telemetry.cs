using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults;

public static class Telemetry
{
    /// <summary>Activity sources that make one trace span gateway → service → RabbitMQ → consumer → database.</summary>
    public static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql", Outbox.OutboxTelemetry.SourceName];

    public static readonly string[] Meters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime", "MassTransit"];

    /// <summary>
    /// OTLP export only when OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads the OTEL_* variables itself).
    /// The hosting package is not on the feed, so the providers are built here and disposed by the container
    /// on shutdown, which flushes the last batch.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        var resource = ResourceBuilder.CreateDefault()
            .AddService(builder.ServiceName());

        builder.Services.AddSingleton(Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(Sources)
            .AddOtlpExporter()
            .Build());
        builder.Services.AddSingleton(Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters)
            .AddOtlpExporter()
            .Build());
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            logging.AddOtlpExporter();
        });
        return builder;
    }

    /// <summary>How telemetry and the audit trail name this process: OTEL_SERVICE_NAME, else the application name.</summary>
    public static string ServiceName(this IHostApplicationBuilder builder) =>
        builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName.ToLowerInvariant();
}
