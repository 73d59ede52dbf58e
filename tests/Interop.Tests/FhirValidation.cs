using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>Firely's validator against the FHIR R4 base specification (its StructureDefinitions and value sets, read from specification.zip).</summary>
public static class FhirValidation
{
    private static readonly Lazy<Validator> Validator = new(() =>
    {
        var specification = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(specification, new LocalTerminologyService(specification));
    });

    /// <summary>Fails the test with every error and fatal issue the validator finds; warnings (best-practice hints) pass.</summary>
    public static void AssertValid(Resource resource)
    {
        var outcome = Validator.Value.Validate(resource);
        var errors = outcome.Issue
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(issue => $"{string.Join(",", issue.Expression)}: {issue.Details?.Text ?? issue.Diagnostics}")
            .ToList();
        Assert.True(errors.Count == 0, $"{resource.TypeName} is not valid FHIR R4:\n{string.Join("\n", errors)}");
    }
}
