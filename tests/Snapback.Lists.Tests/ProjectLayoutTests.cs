namespace Snapback.Lists.Tests;

public sealed class ProjectLayoutTests
{
    [Fact]
    public void RepositoryRoot_IsFound() => Assert.True(File.Exists(Path.Combine(Snapback.Tests.RepoPaths.Root, "Snapback.slnx")));
}
