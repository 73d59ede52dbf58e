using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults;

/// <summary>
/// The Idempotency-Key header of a submission (a dispute, a referral): the same key on every retry makes the retry
/// answer with what the first attempt made, never a second record.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public const int MaxLength = 100;

    /// <summary>1 to 100 letters, digits, hyphens or underscores.</summary>
    public static bool IsValid([NotNullWhen(true)] string? key) =>
        !string.IsNullOrWhiteSpace(key) && key.Length <= MaxLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The 400 naming the header when the key is missing or not <see cref="IsValid"/>.</summary>
    public static ValidationProblem Invalid() => Problems.InvalidHeader(Header,
        $"Send an {Header} header of 1 to {MaxLength} letters, digits, hyphens or underscores (a UUID, say), the same on every retry of this submission.");
}
