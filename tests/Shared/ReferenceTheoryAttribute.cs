namespace Parley.Tests;

/// <summary>
/// A theory that reads <c>../shared/reference</c>: skipped as a whole, with one line saying what is
/// missing, on a plain clone that lacks it; its data is then never enumerated.
/// </summary>
internal sealed class ReferenceTheoryAttribute : TheoryAttribute
{
    public ReferenceTheoryAttribute()
    {
        Skip = RepoPaths.ReferenceMissing;
    }
}
