using Parley.Tests;

namespace Parley.Web.Tests.Hosting;

/// <summary>The bundled scenarios, read from the repository.</summary>
public static class Examples
{
    public static string Istanbul => File.ReadAllText(RepoPaths.InRepo("scenarios", "istanbul-2025.yaml"));

    public static string CarSale => File.ReadAllText(RepoPaths.InRepo("scenarios", "car-sale.yaml"));

    public static string LabourDispute => File.ReadAllText(RepoPaths.InRepo("scenarios", "labour-dispute.yaml"));

    /// <summary>The car sale with its title changed, so each save differs.</summary>
    public static string CarSaleTitled(string title)
    {
        string yaml = CarSale;
        int at = yaml.IndexOf("title:", StringComparison.Ordinal);
        int end = yaml.IndexOf('\n', at);
        return string.Concat(yaml.AsSpan(0, at), $"title: \"{title}\"", yaml.AsSpan(end));
    }
}
