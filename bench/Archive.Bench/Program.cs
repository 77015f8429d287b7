if (args is ["segment", ..]) return Archive.Bench.SegmentationBenchmark.Run();
if (args is ["query", .. var queryArgs]) return Archive.Bench.QueryBenchmark.Run(queryArgs);
if (args is ["ingest", ..]) return Archive.Bench.IngestBenchmark.Run(args[1..]);
if (args is ["scale", ..]) return Archive.Bench.ScaleBenchmark.Run(args[1..]);
if (args is ["parse-eval", ..]) return Archive.Bench.ParseEvalBenchmark.Run(args[1..]);
if (args is ["pages", ..]) return await Archive.Bench.PageBenchmark.RunAsync(args[1..]);
Console.WriteLine("usage: dotnet run -c Release --project bench/Archive.Bench -- <benchmark>");
return 1;
