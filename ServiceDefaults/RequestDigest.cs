using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.ServiceDefaults;

/// <summary>
/// SHA-256 of a request as the caller sent it: intake keeps it with what it recorded, so the same request sent again
/// (after a lost answer) is recognized as a resend, and other content under the same key as a conflict.
/// </summary>
public static class RequestDigest
{
    public static string Of<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, JsonSerializerOptions.Web)));
}
