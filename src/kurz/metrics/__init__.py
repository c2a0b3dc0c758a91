"""Scores shared by training and evaluation: German ROUGE, the greedy oracle, faithfulness, the paired bootstrap."""
