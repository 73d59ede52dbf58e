using System.Text.Json;
using Platform.ServiceDefaults;

namespace Platform.Eligibility.Enrollment;

/// <summary>
/// ELG-08 for an operator: `apply-enrollment &lt;file&gt;` applies a batch file as the endpoint does and prints its
/// report. Exit code 0 when every line applied, 2 when some were refused (the rest applied), 1 when nothing was.
/// </summary>
public static class ApplyEnrollmentCommand
{
    public static readonly ServiceCommand Command = new("apply-enrollment", async (services, args, cancellationToken) =>
    {
        if (args is not [var path])
        {
            await Console.Error.WriteLineAsync("Usage: apply-enrollment <file.jsonl>");
            return 1;
        }

        using var content = new StreamReader(path);
        var sender = new EnrollmentSender("command:apply-enrollment", $"{Environment.UserName}@{Environment.MachineName} (apply-enrollment)");
        var result = await services.GetRequiredService<EnrollmentFeed>().ApplyAsync(content, sender, cancellationToken);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(result, Indented));
        return result switch
        {
            { Report.Rejected: 0 } => 0,
            { Report: not null } => 2,
            _ => 1,
        };
    });

    private static readonly JsonSerializerOptions Indented = new(JsonSerializerOptions.Web) { WriteIndented = true };
}
