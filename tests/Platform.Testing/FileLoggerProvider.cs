using Microsoft.Extensions.Logging;

namespace Platform.Testing;

/// <summary>
/// Writes every log line of a test's AppHost (its own, and each resource's console output, which Aspire.Hosting.Testing
/// logs under the resource's name) to one file, so a failing start-up can be read after the run.
/// </summary>
public sealed class FileLoggerProvider(string path) : ILoggerProvider
{
    private readonly StreamWriter writer = new(path) { AutoFlush = true };
    private readonly Lock gate = new();
    private bool disposed;

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            writer.Dispose();
        }
    }

    private void Write(string source, string message)
    {
        lock (gate)
        {
            if (disposed)
            {
                return; // a resource's last lines, after the test has closed the file
            }

            writer.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {source,-20} {message}");
        }
    }

    private sealed class FileLogger(FileLoggerProvider provider, string source) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(source, exception is null ? formatter(state, exception) : $"{formatter(state, exception)}\n{exception}");
            }
        }
    }
}
