using Orleans.Hosting;
using Orleans.TestingHost;
using Parley.Cluster.Hosting;

namespace Parley.Cluster.Tests.Sweeps;

/// <summary>An Orleans test cluster of three silos in this process, each computing one piece at a time.</summary>
public sealed class ThreeSilos : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(3).AddSiloBuilderConfigurator<Silo>().Build();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class Silo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddMemoryGrainStorage(ParleySilo.JobStorage).AddParleyGrainServices(threads: 1);
    }
}
