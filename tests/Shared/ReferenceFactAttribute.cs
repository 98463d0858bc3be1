namespace Parley.Tests;

/// <summary>
/// A fact that reads <c>../shared/reference</c>: skipped, with one line saying what is missing, on a
/// plain clone that lacks it (CI has it, so it runs there).
/// </summary>
internal sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        Skip = RepoPaths.ReferenceMissing;
    }
}
