using Parley.Formats.Text;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Text;

public sealed class EchoTests
{
    [Fact]
    public void Of_ShortText_IsKeptWhole() => Assert.Equal("ru-offensive", Echo.Of("ru-offensive"));

    [Fact]
    public void Of_LongText_IsCutAndSaysItsLength()
    {
        string echoed = Echo.Of(new string('x', 50_000));

        Assert.True(echoed.Length < Echo.MaxLength + 30, echoed);
        Assert.EndsWith("(50,000 characters)", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UnknownIdOf50000Characters_EchoesItShortened()
    {
        var result = ScenarioReader.ReadFile(Parley.Tests.RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", "invalid", "unknown-id-50000-characters.yaml"));

        var d = Assert.Single(result.Diagnostics);
        Assert.True(d.Message.Length < 200, d.Message);
    }
}
