using System.Diagnostics;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>
/// A workbook opened by a real spreadsheet program (RPT-03): LibreOffice Calc converts it to PDF, each tab printed,
/// with a profile of its own (so parallel runs and a user's LibreOffice do not share one), and pdftotext reads it back.
/// </summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<string> TextOfAsync(byte[] workbook, CancellationToken cancellationToken)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("pdc-libreoffice-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "pdc.xlsx");
            await File.WriteAllBytesAsync(xlsx, workbook, cancellationToken);
            await RunAsync("libreoffice", cancellationToken, $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", folder.FullName, xlsx);
            // LibreOffice names the PDF after the workbook, in --outdir.
            return await RunAsync("pdftotext", cancellationToken, "-layout", Path.Combine(folder.FullName, "pdc.pdf"), "-");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, CancellationToken cancellationToken, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{program} did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {Timeout}.");
        }

        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await errors}");
    }
}
