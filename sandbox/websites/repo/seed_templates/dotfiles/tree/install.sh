#!/usr/bin/env bash
# Symlink every dotfile into $HOME, backing up what is already there.
set -euo pipefail
cd "$(dirname "$0")"
for file in .bashrc .zshrc .vimrc .gitconfig .tmux.conf; do
  if [ -e "$HOME/$file" ] && [ ! -L "$HOME/$file" ]; then
    mv "$HOME/$file" "$HOME/$file.bak"
  fi
  ln -sfn "$PWD/$file" "$HOME/$file"
done
mkdir -p "$HOME/.config"
ln -sfn "$PWD/config/nvim" "$HOME/.config/nvim"
ln -sfn "$PWD/config/alacritty" "$HOME/.config/alacritty"
echo "dotfiles installed"
