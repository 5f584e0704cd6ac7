using Snapback.Throughput;

if (HarnessOptions.TryParse(args, out var options, out var error))
{
    await Harness.RunAsync(options!, Console.Out, CancellationToken.None);
    return 0;
}

Console.Error.WriteLine(error);
Console.Error.WriteLine(HarnessOptions.Usage);
return 2;
