using System.Reflection;
using BenchmarkDotNet.Running;
using Snapback.Benchmarks;

if (args is ["--latency", ..])
{
    // "1" and "3" as before: the derived corpus and its threefold growth.
    LatencyProbe.Run(args.Length > 1 ? args[1] switch { "1" => "derived", "3" => "derived3", var s => s } : "lists");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).GetTypeInfo().Assembly).Run(args);
