using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Snapback.Api.Tests.Support;

/// <summary>The real service over a <see cref="TestDatabase"/>, on a fake clock that only the test moves.</summary>
internal sealed class FakeClockApiFactory(
    FakeTimeProvider clock, IReadOnlyList<string> inputs, IReadOnlyDictionary<string, string> settings)
    : SnapbackApiFactory(inputs, settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    }
}
