using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Running;
using Snapback.Benchmarks;

if (args is ["--latency", ..])
{
    LatencyProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).GetTypeInfo().Assembly).Run(args);
