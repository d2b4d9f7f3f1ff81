"""What every extractor family shares: the one rule-file loader, the token matcher, coarse POS
and sentence marks. Nothing here knows about a particular kind of fact."""
