"""The engine every feature shares: the data contract (models), article inputs, prompts, the
model client and its retry policy, structured-output modes, the plan/call/run pipeline, chunking
and merging of long articles, the result cache, cassettes and costs."""
