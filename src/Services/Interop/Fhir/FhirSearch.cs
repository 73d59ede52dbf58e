using Hl7.Fhir.Model;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Interop.Fhir;

/// <summary>
/// Search answers (FHIR R4 §3.1.1.4): a searchset Bundle whose entries carry the resource's full URL at the public
/// base and search.mode match, a self link, and a next link carrying the owner's keyset cursor as <c>_cursor</c>.
/// </summary>
public static class FhirSearch
{
    public const string Count = "_count";
    public const string Cursor = "_cursor";
    public const int DefaultCount = 20;
    public const int MaxCount = 50;

    /// <summary>The page size asked for, <see cref="DefaultCount"/> when none; out of 1…<see cref="MaxCount"/> is a 400 naming _count.</summary>
    public static int PageSize(HttpRequest request)
    {
        var text = request.Query[Count].ToString();
        if (text is "")
        {
            return DefaultCount;
        }

        return int.TryParse(text, out var count) && count is >= 1 and <= MaxCount
            ? count
            : throw new FhirInputException(Count, $"_count must be a whole number from 1 to {MaxCount}.");
    }

    /// <summary>One search parameter's single value; null when absent, a 400 naming it when repeated.</summary>
    public static string? Single(HttpRequest request, string name)
    {
        var values = request.Query[name];
        return values.Count switch
        {
            0 => null,
            1 when !string.IsNullOrWhiteSpace(values[0]) => values[0]!.Trim(),
            1 => throw new FhirInputException(name, $"{name} has no value."),
            _ => throw new FhirInputException(name, $"Give {name} once."),
        };
    }

    public static Bundle SearchSet(HttpRequest request, IEnumerable<Resource> matches, string? nextCursor = null, int? total = null)
    {
        var publicBase = CapabilityStatementApi.PublicBase(request);
        var self = $"{publicBase}{request.Path.Value![FhirJson.BasePath.Length..]}";
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = total,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = $"{self}{request.QueryString}" }],
            Entry =
            [
                .. matches.Select(resource => new Bundle.EntryComponent
                {
                    FullUrl = $"{publicBase}/{resource.TypeName}/{resource.Id}",
                    Resource = resource,
                    Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
                }),
            ],
        };
        if (nextCursor is not null)
        {
            var query = request.Query.Where(parameter => parameter.Key != Cursor)
                .SelectMany(parameter => parameter.Value.Select(value => new KeyValuePair<string, string?>(parameter.Key, value)))
                .Append(new KeyValuePair<string, string?>(Cursor, nextCursor));
            bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = QueryHelpers.AddQueryString(self, query) });
        }

        return bundle;
    }
}
