namespace Platform.Eligibility.Enrollment;

/// <summary>
/// ELG-08: why one line of a batch was not applied: its line number, the field at fault (none when the line is not
/// JSON at all) and, for a line that does not parse, the 1-based byte position in the line where parsing stopped.
/// </summary>
public sealed record EnrollmentProblem(int Line, string? Field, string Detail, int? Position = null);
