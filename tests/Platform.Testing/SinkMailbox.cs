using MimeKit;

namespace Platform.Testing;

/// <summary>
/// The mail the local SMTP sink (aiosmtpd, eng/infra.sh) has received, read from its Maildir. The sink is shared by every
/// test, so a test finds its own messages by what only they carry (a dispute number, a recipient made for the test).
/// </summary>
public sealed class SinkMailbox(string maildir)
{
    /// <summary>Every message received so far; aiosmtpd records the envelope's recipients in X-RcptTo.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.EnumerateFiles(Path.Combine(maildir, "new"))
            .Concat(Directory.EnumerateFiles(Path.Combine(maildir, "cur")))
            .Select(file => MimeMessage.Load(file))
            .ToList();

    public IReadOnlyList<MimeMessage> Matching(Func<MimeMessage, bool> match) => Messages().Where(match).ToList();

    /// <summary>The first message that matches, once the sink has it.</summary>
    public Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null) =>
        Eventually.ValueAsync(() => Task.FromResult(Messages().FirstOrDefault(match)), timeout);
}
