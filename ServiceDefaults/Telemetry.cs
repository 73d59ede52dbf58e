using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults;

public static class Telemetry
{
    /// <summary>
    /// Logs, metrics and traces as Aspire's ServiceDefaults has them, with MassTransit's and Npgsql's own sources, so
    /// one trace runs gateway → service → RabbitMQ → consumer → database. The host owns the providers and disposes
    /// them on shutdown, which flushes the last batch. OTLP export only when OTEL_EXPORTER_OTLP_ENDPOINT is set (the
    /// exporter reads the other OTEL_* variables itself).
    /// </summary>
    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.ServiceName()))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Platform.*"))
            .WithTracing(tracing => tracing
                // Probes every few seconds would bury the requests people make.
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                // The process's own spans (the migrate step's) are named after it, as Aspire's template has them.
                .AddSource(builder.Environment.ApplicationName, "MassTransit", "Npgsql", Outbox.OutboxTelemetry.SourceName));

        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Nothing would receive the spans: record none (the trace context still travels with every call). Built and
            // dropped, they cost a third of the gateway's throughput under bench/eligibility.sh (docs/benchmarks.md).
            telemetry.WithTracing(tracing => tracing.SetSampler(new AlwaysOffSampler()));
        }
        else
        {
            telemetry.UseOtlpExporter();
            // The exporters' own clients (named by OTLP's exporter) are not service calls: they skip discovery and
            // resilience, whose lazily built pipelines need the container, already disposed when the providers send
            // their last batch on shutdown. The exporter retries by itself.
            foreach (var exporter in (string[])["OtlpTraceExporter", "OtlpMetricExporter", "OtlpLogExporter"])
            {
                builder.Services.AddHttpClient(exporter).ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Clear());
            }
        }

        return builder;
    }

    /// <summary>How telemetry and the audit trail name this process: OTEL_SERVICE_NAME, else the application name.</summary>
    public static string ServiceName(this IHostApplicationBuilder builder) =>
        builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName.ToLowerInvariant();

    internal static bool IsProbe(PathString path) => path.StartsWithSegments(Health.HealthPath) || path.StartsWithSegments(Health.AlivePath);
}
