"""Language resources shared by the stages: word lists and tables (read without compiling any rule),
sentence splitting and the one trie-to-pattern builder."""
