using Platform.Contracts.Identifiers;

namespace Platform.Interop.Fhir.Members;

/// <summary>
/// The token search on a member's identifier (<c>identifier=[system|]value</c>): a CIN, a MEDS ID or an MBI, with or
/// without the system that says which. Their formats do not overlap, so the value alone also says which (ELG-01).
/// </summary>
public static class MemberIdentifiers
{
    public const string Parameter = "identifier";

    public const string Documentation =
        $"A member's CIN ({FhirSystems.Cin}), MEDS ID ({FhirSystems.MedsId}) or MBI ({FhirSystems.Mbi}), as system|value or the value alone. " +
        "Another system matches nothing.";

    /// <summary>The member id searched for; null when the system is not one of the three (it can match no member).</summary>
    public static MemberId? Parse(string token)
    {
        var bar = token.IndexOf('|');
        var (system, value) = bar < 0 ? (null, token) : (token[..bar], token[(bar + 1)..]);
        if (system is not (null or "" or FhirSystems.Cin or FhirSystems.MedsId or FhirSystems.Mbi))
        {
            return null;
        }

        MemberIdKind? kind = system switch
        {
            FhirSystems.Cin => MemberIdKind.Cin,
            FhirSystems.MedsId => MemberIdKind.MedsId,
            FhirSystems.Mbi => MemberIdKind.Mbi,
            _ => null,
        };
        if (!MemberId.TryParse(value, out var id) || (kind is { } expected && id.Kind != expected))
        {
            throw new FhirInputException(Parameter, kind is null ? MemberId.Formats : $"Not a {kind} of the format its system names. {MemberId.Formats}");
        }

        return id;
    }

    /// <summary>The CIN of a patient reference as a search gives it: <c>Patient/{cin}</c> or the bare id.</summary>
    public static string PatientCin(string parameter, string reference)
    {
        var id = reference.StartsWith("Patient/", StringComparison.Ordinal) ? reference["Patient/".Length..] : reference;
        return Cin.TryParse(id, out var cin) ? cin.Value : throw new FhirInputException(parameter, $"{parameter} is Patient/{{CIN}}, a CIN being eight digits and a letter.");
    }
}
